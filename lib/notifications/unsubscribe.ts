// One-click unsubscribe links for e-mail (RFC 8058): a link per (creator, category) signed with the server's secret,
// so it works without signing in and cannot be forged for someone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { nextAuthSecret } from "@/lib/config";
import type { UnsubscribeTarget } from "@/lib/models/notification-settings";
import { CATEGORY_LABELS, NOTICE_CATEGORIES } from "./categories";

function secret(): string {
  const value = nextAuthSecret();
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

function token(creatorId: string, category: string): string {
  return createHmac("sha256", secret()).update(`unsubscribe:email:${creatorId}:${category}`).digest("base64url");
}

export function unsubscribePath(creatorId: string, category: string): string {
  return `/unsubscribe?${new URLSearchParams({ c: creatorId, k: category, t: token(creatorId, category) })}`;
}

/** The creator and category a link names, when its token is right. */
function readUnsubscribe(params: URLSearchParams): { creatorId: string; category: string } | null {
  const creatorId = params.get("c") ?? "";
  const category = params.get("k") ?? "";
  const given = params.get("t") ?? "";
  if (!creatorId || !category) return null;
  const expected = token(creatorId, category);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
    ? { creatorId, category }
    : null;
}

/** The creator and the known category a link names, with the category's label; null when altered or unknown. */
export function unsubscribeTarget(params: URLSearchParams): UnsubscribeTarget | null {
  const link = readUnsubscribe(params);
  const category = NOTICE_CATEGORIES.find((c) => c === link?.category);
  return link && category ? { creatorId: link.creatorId, category, label: CATEGORY_LABELS[category] } : null;
}
