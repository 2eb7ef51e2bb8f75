"use server";
// Saving an account's earnings rates, and logging or deleting real income.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { deleteIncome, logIncome } from "@/lib/services/manage-income";
import { updateEarningsSettings } from "@/lib/services/update-earnings-settings";
import { earningsSettingsSchema, incomeRefSchema, incomeSchema } from "@/lib/validation/earnings";

export const updateEarningsSettingsAction = formAction(earningsSettingsSchema, async (input, user) => {
  await updateEarningsSettings(user.id, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved the rates." };
});

export const logIncomeAction = formAction(incomeSchema, async (input, user) => {
  await logIncome(user.id, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Logged the income." };
});

export const deleteIncomeAction = formAction(incomeRefSchema, async (input, user) => {
  await deleteIncome(user.id, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Deleted the income." };
});
