// TikTok as a collection platform: Login Kit's refresh and revoke, the Display API's user info and video list.
import type { CollectedVideo, Collector, CollectorFailure } from "../collector";
import { getUserInfo, listVideos } from "./display-api";
import { TikTokError } from "./errors";
import { refreshTokens, revokeAccess, type TikTokApp } from "./oauth";

/** 1,000 pages of 20: an account with more videos is read up to its 20,000 newest. */
const MAX_PAGES = 1000;

const SENTENCES: Record<TikTokError["kind"], string> = {
  access_token_invalid: "TikTok no longer accepts Milepost's access to this account.",
  grant_invalid: "TikTok no longer accepts Milepost's access to this account: connect it again.",
  scope_missing: "TikTok did not grant Milepost the permissions it needs: connect again and allow them.",
  client_invalid: "TikTok refused this server's app key or secret: the server's operator needs to check them.",
  rate_limited: "TikTok asked Milepost to slow down (too many requests).",
  server: "TikTok had a problem on its side.",
  network: "TikTok could not be reached.",
  bad_request: "TikTok refused Milepost's request.",
  unexpected_response: "TikTok answered in a way Milepost does not understand.",
};

export function tiktokCollector(app: TikTokApp): Collector {
  return {
    name: "TikTok",
    async refresh(refreshToken) {
      const tokens = await refreshTokens(app, refreshToken);
      return { ...tokens, externalId: tokens.openId };
    },
    async who(accessToken) {
      const user = await getUserInfo(app, accessToken);
      return { externalId: user.openId, displayName: user.displayName };
    },
    async read(accessToken, hooks) {
      const user = await hooks.call(() => getUserInfo(app, accessToken));
      const videos: CollectedVideo[] = [];
      // Page by page until TikTok says there is no more (or repeats a cursor, or passes a bound on one account).
      let cursor: number | undefined;
      for (let pages = 0; pages < MAX_PAGES; pages++) {
        const page = await hooks.call(() => listVideos(app, accessToken, { cursor }));
        for (const video of page.videos)
          videos.push({
            platformId: video.id,
            url: video.shareUrl || null,
            title: video.title || null,
            postedAt: video.createdAt,
            views: video.viewCount,
            likes: video.likeCount,
            comments: video.commentCount,
            shares: video.shareCount,
          });
        await hooks.onPage(videos.length, user.videoCount, user.followerCount);
        if (!page.hasMore || page.cursor === cursor) break;
        cursor = page.cursor;
      }
      return {
        externalId: user.openId,
        displayName: user.displayName,
        followers: user.followerCount,
        videoTotal: user.videoCount,
        videos,
      };
    },
    revoke: (accessToken) => revokeAccess(app, accessToken),
    classify(error): CollectorFailure {
      if (!(error instanceof TikTokError)) return "permanent";
      if (error.kind === "access_token_invalid") return "expired_access";
      if (error.needsReconnecting) return "reconnect";
      return error.retryable ? "retryable" : "permanent";
    },
    retryAfterMs(error) {
      const seconds = error instanceof TikTokError ? error.details.retryAfterSeconds : undefined;
      return seconds === undefined ? null : seconds * 1000;
    },
    describe(error) {
      return error instanceof TikTokError
        ? SENTENCES[error.kind]
        : "Collecting failed for a reason Milepost did not expect.";
    },
  };
}
