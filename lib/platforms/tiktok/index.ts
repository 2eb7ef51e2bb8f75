// TikTok's Login Kit (OAuth 2) and Display API, as Milepost uses them. Addresses come from the caller (lib/config's
// tiktokSettings()), so the same code talks to TikTok or to the fake in tests/support.
export { configuredTikTokApp } from "./app";
export { TikTokError, type TikTokErrorKind } from "./errors";
export {
  createAuthorizationRequest,
  exchangeCode,
  refreshTokens,
  revokeAccess,
  TIKTOK_SCOPES,
  type AuthorizationRequest,
  type TikTokApp,
  type TikTokTokens,
} from "./oauth";
export {
  allVideoPages,
  getUserInfo,
  listVideos,
  MAX_VIDEOS_PER_PAGE,
  type TikTokUser,
  type TikTokVideo,
  type TikTokVideoPage,
} from "./display-api";
export type { TikTokHttp } from "./http";
