"use server";
// The account's TikTok connection: disconnecting it and collecting now (server actions: same-origin by Next's check).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { requestCollection } from "@/lib/services/collect-account";
import { disconnectAccount } from "@/lib/services/connect-account";
import { accountRefSchema } from "@/lib/validation/accounts";

export const disconnectAction = formAction(accountRefSchema, async ({ accountId }, user) => {
  await disconnectAccount(user.id, accountId);
  revalidatePath(`/accounts/${accountId}`, "layout");
  return { status: "success", message: "Disconnected from TikTok. Every reading is kept." };
});

/** Queues a collection; the account page, refreshed, shows the run and polls its progress. */
export const collectNowAction = formAction(accountRefSchema, async ({ accountId }, user) => {
  await requestCollection(user.id, accountId, { trigger: "now" });
  revalidatePath(`/accounts/${accountId}`);
});
