// The creator's own settings. Only ever the signed-in creator's row: there is no id to pass.
import { updateCreatorProfile, type CreatorProfile } from "@/lib/db/creators";
import type { SettingsInput } from "@/lib/validation/settings";

export function updateSettings(creatorId: string, input: SettingsInput): Promise<CreatorProfile> {
  return updateCreatorProfile(creatorId, { name: input.name, isAdult: input.isAdult });
}
