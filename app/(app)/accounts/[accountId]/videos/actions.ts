"use server";
// Adding, editing and deleting an account's videos.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { createVideo, deleteVideo, updateVideo } from "@/lib/services/manage-videos";
import { videoRefSchema, videoSchema, videoUpdateSchema } from "@/lib/validation/videos";

export const createVideoAction = formAction(videoSchema, async (input, user) => {
  const video = await createVideo(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}/videos/${video.id}`);
});

export const updateVideoAction = formAction(videoUpdateSchema, async (input, user) => {
  await updateVideo(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}/videos/${input.videoId}`);
});

export const deleteVideoAction = formAction(videoRefSchema, async (input, user) => {
  await deleteVideo(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}`);
});
