// What collection needs of a platform: renew an authorisation, read the account and its videos as of now, revoke.
// A platform (TikTok today) implements it in its folder and is named in the registry (index.ts); the scheduler,
// the runs and the write path are the same for every platform.

/** An authorisation as the platform handed it out (plain text: lib/secrets seals it before it is stored). */
export interface PlatformTokens {
  externalId: string;
  scopes: string[];
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface CollectedVideo {
  /** The platform's id of the video. */
  platformId: string;
  url: string | null;
  title: string | null;
  postedAt: Date;
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
}

/** The account as of the moment it was read. */
export interface CollectedAccount {
  externalId: string;
  displayName: string;
  followers: number;
  /** How many videos the platform says the account has (progress; the list may hold fewer: private ones). */
  videoTotal: number;
  videos: CollectedVideo[];
}

export interface ReadHooks {
  /** Runs one call to the platform (the caller retries it on 429 and 5xx). */
  call<T>(request: () => Promise<T>): Promise<T>;
  /** After each page: videos read so far, and the total the platform reported. */
  onPage(read: number, total: number, followers: number): void | Promise<void>;
}

/** What went wrong, by what happens next: try again later, ask the creator to reconnect, or neither. */
export type CollectorFailure = "retryable" | "reconnect" | "expired_access" | "permanent";

export interface Collector {
  /** The platform's name for people ("TikTok"). */
  name: string;
  /** New tokens for a refresh token (platforms may rotate the refresh token: keep the one returned). */
  refresh(refreshToken: string): Promise<PlatformTokens>;
  /** The display name of the authorised user. */
  who(accessToken: string): Promise<{ externalId: string; displayName: string }>;
  /** The account and every video, page by page; each platform call goes through `hooks.call` (retries). */
  read(accessToken: string, hooks: ReadHooks): Promise<CollectedAccount>;
  revoke(accessToken: string): Promise<void>;
  /** How an error thrown by the calls above is handled. */
  classify(error: unknown): CollectorFailure;
  /** The wait the platform asked for (Retry-After), when it did. */
  retryAfterMs(error: unknown): number | null;
  /** A sentence for the creator about an error the calls threw (no token, no internals). */
  describe(error: unknown): string;
}
