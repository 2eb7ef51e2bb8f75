"use server";
// Marking notices read from the list; the header's bell count follows (the layout is revalidated).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/form-action";
import { markAllRead, markRead } from "@/lib/services/read-notices";
import { noticeRefSchema } from "@/lib/validation/notices";

export const markReadAction = formAction(noticeRefSchema, async (input, user) => {
  await markRead(user.id, input.noticeId);
  revalidatePath("/", "layout");
  return { status: "success", message: "Marked as read." };
});

export const markAllReadAction = formAction(z.object({}), async (_input, user) => {
  const count = await markAllRead(user.id);
  revalidatePath("/", "layout");
  return {
    status: "success",
    message: count ? `Marked ${count} notification${count === 1 ? "" : "s"} as read.` : "Nothing was unread.",
  };
});
