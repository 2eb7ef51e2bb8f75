"use server";
// The "record today" form: one transaction for the account's figures and every filled video row.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { formatDay } from "@/lib/time/days";
import { recordDay } from "@/lib/services/record-snapshots";
import { recordDaySchema } from "@/lib/validation/snapshots";

export const recordDayAction = formAction(recordDaySchema, async (input, user) => {
  const result = await recordDay(user.id, input);
  revalidatePath("/accounts", "layout");
  const parts = [
    result.accountRecorded ? "followers" : null,
    result.videosRecorded ? `${result.videosRecorded} video${result.videosRecorded === 1 ? "'s" : "s'"} views` : null,
  ].filter(Boolean);
  return {
    status: "success",
    message: `Recorded ${parts.join(" and ")} for ${formatDay(input.day)}.`,
    warnings: result.warnings,
  };
});
