// The Display API calls collection needs: the creator's counts and their videos' counts, page by page.
import { callDisplayApi, type TikTokHttp } from "./http";
import { USER_FIELDS, userInfoDataSchema, VIDEO_FIELDS, videoListDataSchema } from "./schemas";

export interface TikTokUser {
  openId: string;
  displayName: string;
  followerCount: number;
  likesCount: number;
  videoCount: number;
}

export interface TikTokVideo {
  id: string;
  shareUrl: string;
  title: string;
  /** When it was posted. */
  createdAt: Date;
  viewCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
}

export interface TikTokVideoPage {
  videos: TikTokVideo[];
  /** Pass it back for the next page while `hasMore`. */
  cursor: number;
  hasMore: boolean;
}

/** TikTok's largest page. */
export const MAX_VIDEOS_PER_PAGE = 20;

/** `/v2/user/info/`: the creator's name and counts (scopes user.info.basic and user.info.stats). */
export async function getUserInfo(http: TikTokHttp, accessToken: string): Promise<TikTokUser> {
  const { user } = await callDisplayApi(
    http,
    { method: "GET", path: "/v2/user/info/", accessToken, fields: USER_FIELDS },
    userInfoDataSchema,
  );
  return {
    openId: user.open_id,
    displayName: user.display_name,
    followerCount: user.follower_count,
    likesCount: user.likes_count,
    videoCount: user.video_count,
  };
}

/** `/v2/video/list/`: one page of the creator's public videos, newest first (scope video.list). */
export async function listVideos(
  http: TikTokHttp,
  accessToken: string,
  page: { cursor?: number; maxCount?: number } = {},
): Promise<TikTokVideoPage> {
  const maxCount = Math.min(Math.max(1, page.maxCount ?? MAX_VIDEOS_PER_PAGE), MAX_VIDEOS_PER_PAGE);
  const data = await callDisplayApi(
    http,
    {
      method: "POST",
      path: "/v2/video/list/",
      accessToken,
      fields: VIDEO_FIELDS,
      body: page.cursor === undefined ? { max_count: maxCount } : { cursor: page.cursor, max_count: maxCount },
    },
    videoListDataSchema,
  );
  return {
    videos: data.videos.map((video) => ({
      id: video.id,
      shareUrl: video.share_url,
      title: video.title,
      createdAt: new Date(video.create_time * 1000),
      viewCount: video.view_count,
      likeCount: video.like_count,
      commentCount: video.comment_count,
      shareCount: video.share_count,
    })),
    cursor: data.cursor,
    hasMore: data.has_more,
  };
}

/**
 * Every page in turn, until TikTok says there is no more. Stops, too, when a page repeats its cursor (a TikTok that
 * would loop), after `maxPages` (a bound on one creator's run).
 */
export async function* allVideoPages(
  http: TikTokHttp,
  accessToken: string,
  options: { maxPages?: number } = {},
): AsyncGenerator<TikTokVideoPage> {
  let cursor: number | undefined;
  for (let page = 0; page < (options.maxPages ?? 1000); page++) {
    const result = await listVideos(http, accessToken, { cursor });
    yield result;
    if (!result.hasMore || result.cursor === cursor) return;
    cursor = result.cursor;
  }
}
