// The creator's own settings. Only ever the signed-in creator's row: there is no id to pass.
// Changing the 18+ confirmation changes eligibility, so every account's milestones are recomputed with it.
import { prisma } from "@/lib/db/client";
import { lockCreatorIsAdult, updateCreatorProfile } from "@/lib/db/creators";
import type { CreatorProfile } from "@/lib/models/creator";
import type { SettingsInput } from "@/lib/validation/settings";
import type { MilestoneChanges } from "./detect-milestones";
import { RECOMPUTE_TIMEOUT_MS, recomputeCreatorAccounts } from "./recompute-milestones";

export function updateSettings(
  creatorId: string,
  input: SettingsInput,
): Promise<CreatorProfile & { milestones: MilestoneChanges }> {
  return prisma.$transaction(
    async (tx) => {
      const wasAdult = await lockCreatorIsAdult(creatorId, tx);
      const profile = await updateCreatorProfile(creatorId, { name: input.name, isAdult: input.isAdult }, tx);
      const adultChanged = wasAdult !== null && wasAdult !== profile.isAdult;
      const milestones = adultChanged
        ? await recomputeCreatorAccounts(creatorId, tx)
        : { crossings: [], stateChanges: [] };
      return { ...profile, milestones };
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}
