// "Delete my account and all its data": the creator row goes, and with it (ON DELETE CASCADE) every account,
// video, reading, milestone, goal, earnings setting, logged income, notice, delivery, webhook, token and import.
import { prisma } from "@/lib/db/client";
import { deleteCreator } from "@/lib/db/creator-data";
import { listConnectedAccounts } from "@/lib/db/connections";
import { notFoundError } from "@/lib/errors/app-error";
import { disconnectAccount } from "./connect-account";

export async function deleteCreatorAndData(creatorId: string): Promise<void> {
  // Connected accounts are disconnected first: their tokens are revoked at the platform, not just forgotten.
  for (const { accountId } of await listConnectedAccounts(creatorId)) await disconnectAccount(creatorId, accountId);
  const deleted = await prisma.$transaction((tx) => deleteCreator(creatorId, tx), { timeout: 120_000 });
  if (!deleted) throw notFoundError("Creator");
}
