// The shapes TikTok answers with, checked at run time: a change at TikTok is an error here, not a wrong reading.
import { z } from "zod";

const count = z.number().int().nonnegative();

/** `/v2/oauth/token/` on success (authorization code and refresh alike). */
export const tokenResponseSchema = z.object({
  open_id: z.string().min(1),
  scope: z.string(),
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1),
  refresh_expires_in: z.number().int().positive(),
  token_type: z.string().optional(),
});

/** The OAuth endpoints' error body (Login Kit's "Error Handling"). */
export const oauthErrorSchema = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
  log_id: z.string().optional(),
});

/** Every Display API answer: `{ data, error: { code, message, log_id } }`, `code` "ok" on success. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  log_id: z.string().optional(),
});
export const envelopeSchema = z.object({ data: z.unknown().optional(), error: apiErrorSchema });

/** The user fields Milepost asks for: `user.info.basic` (open_id, display_name) and `user.info.stats` (counts). */
export const USER_FIELDS = ["open_id", "display_name", "follower_count", "likes_count", "video_count"] as const;
export const userInfoDataSchema = z.object({
  user: z.object({
    open_id: z.string().min(1),
    display_name: z.string(),
    follower_count: count,
    likes_count: count,
    video_count: count,
  }),
});

/** The video fields Milepost asks for (`video.list`). */
export const VIDEO_FIELDS = [
  "id",
  "share_url",
  "title",
  "create_time",
  "view_count",
  "like_count",
  "comment_count",
  "share_count",
] as const;
export const videoSchema = z.object({
  id: z.string().min(1),
  share_url: z.string(),
  title: z.string().optional().default(""),
  create_time: z.number().int().nonnegative(), // seconds since the epoch, UTC
  view_count: count,
  like_count: count,
  comment_count: count,
  share_count: count,
});
export const videoListDataSchema = z.object({
  videos: z.array(videoSchema),
  cursor: z.number().int(), // milliseconds since the epoch: the next page holds the videos posted before it
  has_more: z.boolean(),
});
