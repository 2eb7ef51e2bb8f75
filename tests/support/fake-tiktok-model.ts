// What the fake TikTok holds: creators and their videos, in TikTok's field names, and which scope each field needs.

export interface FakeVideo {
  id: string;
  title: string;
  share_url: string;
  /** Seconds since the epoch. */
  create_time: number;
  view_count: number;
  like_count: number;
  comment_count: number;
  share_count: number;
}

export interface FakeUser {
  open_id: string;
  display_name: string;
  follower_count: number;
  following_count: number;
  likes_count: number;
  /** Newest first, as TikTok lists them. */
  videos: FakeVideo[];
}

export const ALL_SCOPES = ["user.info.basic", "user.info.stats", "video.list"];

/** Which scope each user field needs (TikTok's "Get User Info" reference). */
export const USER_FIELD_SCOPES: Record<string, string> = {
  open_id: "user.info.basic",
  union_id: "user.info.basic",
  avatar_url: "user.info.basic",
  display_name: "user.info.basic",
  follower_count: "user.info.stats",
  following_count: "user.info.stats",
  likes_count: "user.info.stats",
  video_count: "user.info.stats",
};
export const VIDEO_FIELDS = new Set([
  "id",
  "title",
  "share_url",
  "create_time",
  "view_count",
  "like_count",
  "comment_count",
  "share_count",
]);

/** `count` videos posted a day apart, the newest at `newest` (seconds), each with its own counts and id. */
export function seedVideos(count: number, newest: number): FakeVideo[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${7_000_000_000_000_000_000n + BigInt(newest - i * 86_400)}`,
    title: `Video ${i + 1}`,
    share_url: `https://www.tiktok.com/@fake/video/${i + 1}`,
    create_time: newest - i * 86_400,
    view_count: 1000 * (i + 1),
    like_count: 100 * (i + 1),
    comment_count: 10 * (i + 1),
    share_count: i + 1,
  }));
}
