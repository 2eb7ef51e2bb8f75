"use server";
// Editing and deleting an account's readings.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { deleteAccountSnapshot, updateAccountSnapshot } from "@/lib/services/edit-snapshots";
import { accountSnapshotRefSchema, accountSnapshotUpdateSchema } from "@/lib/validation/snapshots";

export const updateAccountSnapshotAction = formAction(accountSnapshotUpdateSchema, async (input, user) => {
  await updateAccountSnapshot(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}`);
});

export const deleteAccountSnapshotAction = formAction(accountSnapshotRefSchema, async (input, user) => {
  await deleteAccountSnapshot(user.id, input);
  revalidatePath("/accounts", "layout");
  return { status: "success", message: "Deleted the reading." };
});
