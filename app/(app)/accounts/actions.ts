"use server";
// Adding, editing and deleting tracked accounts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { createAccount, deleteAccount, updateAccount } from "@/lib/services/manage-accounts";
import { accountRefSchema, accountSchema, accountUpdateSchema } from "@/lib/validation/accounts";

export const createAccountAction = formAction(accountSchema, async (input, user) => {
  const account = await createAccount(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${account.id}`);
});

export const updateAccountAction = formAction(accountUpdateSchema, async (input, user) => {
  await updateAccount(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}`);
});

export const deleteAccountAction = formAction(accountRefSchema, async (input, user) => {
  await deleteAccount(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect("/accounts");
});
