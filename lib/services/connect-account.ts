// Connecting an account to its platform account (TikTok's Login Kit) and disconnecting it. The OAuth redirect, its
// state and PKCE verifier are the route's (app/api/connections); this takes the callback's code from there.
import { randomInt } from "node:crypto";
import { collectionSettings } from "@/lib/config";
import { requireAccount } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import { deleteConnection, findConnection, isExternalUserTaken, upsertConnection } from "@/lib/db/connections";
import { AppError } from "@/lib/errors/app-error";
import { collectorFor, type Collector } from "@/lib/platforms";
import { configuredTikTokApp, exchangeCode, TikTokError } from "@/lib/platforms/tiktok";
import { openSecret, sealSecret } from "@/lib/secrets";
import { addDays, dayIn } from "@/lib/time/days";
import { zonedInstant } from "@/lib/time/local-time";

/** The connection's first daily slot after `now`: its local hour plus its offset, today if still ahead, else tomorrow. */
export function firstSlot(timeZone: string, hour: number, offsetSeconds: number, now: Date): Date {
  const today = dayIn(timeZone, now);
  const slot = zonedInstant(timeZone, today, hour * 3600 + offsetSeconds);
  return slot > now ? slot : zonedInstant(timeZone, addDays(today, 1), hour * 3600 + offsetSeconds);
}

const notConfigured = () =>
  new AppError(
    "UNAVAILABLE",
    "Connecting TikTok is not set up on this server (TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET). Typing readings and importing keep working.",
  );

function platformFailure(collector: Collector | null, error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof TikTokError)) throw error;
  const sentence = collector?.describe(error) ?? "TikTok refused the connection.";
  return new AppError("UNAVAILABLE", `Could not connect TikTok: ${sentence}`);
}

/** The callback's code for tokens, then the connection (or a reconnection of this account). */
export async function connectTikTok(
  creatorId: string,
  accountId: string,
  input: { code: string; codeVerifier: string; redirectUri: string },
  now: Date = new Date(),
): Promise<{ displayName: string }> {
  const account = await requireAccount(creatorId, accountId);
  const app = configuredTikTokApp();
  const collector = collectorFor("tiktok");
  if (!app || !collector) throw notConfigured();
  let tokens, user;
  try {
    tokens = await exchangeCode({ ...app, now: () => now }, input);
    user = await collector.who(tokens.accessToken);
  } catch (error) {
    throw platformFailure(collector, error);
  }
  const taken = () =>
    new AppError("CONFLICT", "This TikTok account is already connected to another Milepost account.", {
      connection: ["This TikTok account is already connected to another Milepost account."],
    });
  if (await isExternalUserTaken(creatorId, accountId, "tiktok", tokens.openId)) throw taken();
  const existing = await findConnection(creatorId, accountId);
  const collectHour = existing?.collectHour ?? collectionSettings().defaultHour;
  const collectOffsetSeconds = existing?.collectOffsetSeconds ?? randomInt(3600);
  try {
    await upsertConnection(
      creatorId,
      accountId,
      {
        platform: "tiktok",
        externalId: tokens.openId,
        displayName: user.displayName,
        scopes: tokens.scopes,
        accessToken: sealSecret(tokens.accessToken),
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
        refreshToken: sealSecret(tokens.refreshToken),
        refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
        collectHour,
        collectOffsetSeconds,
        nextRunAt: firstSlot(account.timeZone, collectHour, collectOffsetSeconds, now),
      },
      now,
    );
  } catch (error) {
    // Two accounts connecting the same TikTok user at once: the unique key decides, the loser is told.
    if (error instanceof Error && "code" in error && error.code === "P2002") throw taken();
    throw error;
  }
  return { displayName: user.displayName };
}

/** Revokes the authorisation at the platform, then forgets it. Readings and the collection log are kept. */
export async function disconnectAccount(creatorId: string, accountId: string): Promise<void> {
  await requireAccount(creatorId, accountId);
  const removed = await prisma.$transaction((tx) => deleteConnection(creatorId, accountId, tx));
  if (!removed) return;
  const collector = collectorFor(removed.platform);
  // A token the platform no longer accepts, a platform that cannot be reached, or a token no key in force opens
  // (lib/secrets) must not keep the creator connected.
  await Promise.resolve()
    .then(() => collector?.revoke(openSecret(removed.accessToken)))
    .catch(() => {});
}
