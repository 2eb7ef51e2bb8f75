"use server";
// Recording, editing and deleting one video's readings.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { formatDay } from "@/lib/time/days";
import { recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { deleteVideoSnapshot, updateVideoSnapshot } from "@/lib/services/edit-snapshots";
import { videoReadingSchema, videoReadingUpdateSchema, videoSnapshotRefSchema } from "@/lib/validation/snapshots";

export const recordVideoSnapshotAction = formAction(videoReadingSchema, async (input, user) => {
  const { warnings } = await recordVideoSnapshot(user.id, input);
  revalidatePath("/accounts", "layout");
  return { status: "success", message: `Saved the reading for ${formatDay(input.day)}.`, warnings };
});

export const updateVideoSnapshotAction = formAction(videoReadingUpdateSchema, async (input, user) => {
  const { warnings } = await updateVideoSnapshot(user.id, input);
  revalidatePath("/accounts", "layout");
  // Stay on the page when there is something to point out; otherwise back to the video.
  if (warnings.length)
    return { status: "success", message: `Saved the reading for ${formatDay(input.day)}.`, warnings };
  redirect(`/accounts/${input.accountId}/videos/${input.videoId}`);
});

export const deleteVideoSnapshotAction = formAction(videoSnapshotRefSchema, async (input, user) => {
  await deleteVideoSnapshot(user.id, input);
  revalidatePath("/accounts", "layout");
  return { status: "success", message: "Deleted the reading." };
});
