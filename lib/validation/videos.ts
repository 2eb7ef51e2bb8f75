// Inputs for videos: a URL and/or the platform's id (at least one), an optional title and posted day.
// Whether the posted day lies in the future depends on the account's time zone: the service checks that.
import { z } from "zod";
import { idSchema, lineSchema, optionalDaySchema, textSchema } from "./common";

const TIKTOK_HOST = /(^|\.)tiktok\.com$/i;
const TIKTOK_VIDEO_PATH = /\/video\/(\d+)/;

const blankToUndefined = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v;

/** Any http(s) URL. TikTok links lose their tracking query ("?is_from_webapp=1") so the same video is recognised twice. */
export function normalizeVideoUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!url.hostname.includes(".")) return null;
  if (TIKTOK_HOST.test(url.hostname)) {
    url.search = "";
    url.hash = "";
    url.protocol = "https:";
    return url.toString().replace(/\/$/, "");
  }
  return url.toString();
}

/** The video id in a TikTok video URL (https://www.tiktok.com/@name/video/7301234567890123456), if it has one. */
export function tiktokIdFromUrl(url: string): string | undefined {
  const parsed = new URL(url);
  return TIKTOK_HOST.test(parsed.hostname) ? TIKTOK_VIDEO_PATH.exec(parsed.pathname)?.[1] : undefined;
}

const MAX_URL = 2000;

// The stored (normalized) URL is limited too: percent-encoding can make it several times longer than what was typed,
// and the (account, url) unique index cannot hold an entry of more than about 2,700 bytes.
const urlSchema = lineSchema.max(MAX_URL, { message: "That URL is too long.", abort: true }).transform((value, ctx) => {
  const url = normalizeVideoUrl(value);
  if (url === null || url.length > MAX_URL) {
    ctx.addIssue({
      code: "custom",
      message: url === null ? "Enter the video's web address, starting with https://." : "That URL is too long.",
    });
    return z.NEVER;
  }
  return url;
});

const platformIdSchema = z
  .string()
  .regex(
    /^\d{1,32}$/,
    "A TikTok video id is a number, like 7301234567890123456 (the digits after /video/ in its URL).",
  );

const videoFields = z.object({
  url: z.preprocess(blankToUndefined, urlSchema.optional()),
  platformId: z.preprocess(blankToUndefined, platformIdSchema.optional()),
  title: z.preprocess(blankToUndefined, textSchema.max(300, "Keep the title under 300 characters.").optional()),
  postedOn: optionalDaySchema,
});

/** Fills the platform id from a TikTok URL, and insists on at least one of the two. */
function withIdentity<T extends z.output<typeof videoFields>>(video: T, ctx: z.RefinementCtx): T {
  const fromUrl = video.url ? tiktokIdFromUrl(video.url) : undefined;
  if (!video.url && !video.platformId) {
    ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the video's URL or its platform video id." });
  } else if (fromUrl && video.platformId && fromUrl !== video.platformId) {
    ctx.addIssue({
      code: "custom",
      path: ["platformId"],
      message: `This id does not match the URL, which points to video ${fromUrl}.`,
    });
  }
  return { ...video, platformId: video.platformId ?? fromUrl };
}

/** A video's fields without its account (the API takes the account from the path). */
export const videoDataSchema = videoFields.transform(withIdentity);

export const videoSchema = videoFields.extend({ accountId: idSchema }).transform(withIdentity);
export type VideoInput = z.output<typeof videoSchema>;

export const videoUpdateSchema = videoFields.extend({ accountId: idSchema, videoId: idSchema }).transform(withIdentity);
export type VideoUpdateInput = z.output<typeof videoUpdateSchema>;

export const videoRefSchema = z.object({ accountId: idSchema, videoId: idSchema });
export type VideoRef = z.output<typeof videoRefSchema>;
