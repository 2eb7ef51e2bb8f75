"use server";
// The sample account: created from the empty dashboard, removed from the dashboard showing it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/http/form-action";
import { createSampleAccount, removeSampleAccount } from "@/lib/services/sample-data";

export const createSampleDataAction = formAction(z.object({}), async (_input, user) => {
  const account = await createSampleAccount(user.id);
  revalidatePath("/", "layout");
  redirect(`/dashboard?account=${account.id}&range=all`);
});

export const removeSampleDataAction = formAction(z.object({}), async (_input, user) => {
  await removeSampleAccount(user.id);
  revalidatePath("/", "layout");
  redirect("/dashboard");
});
