"use server";
// Adding, editing and deleting an account's goals. Each write re-detects the account's milestones (the services do).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { createGoal, deleteGoal, updateGoal } from "@/lib/services/manage-goals";
import { goalRefSchema, goalSchema, goalUpdateSchema } from "@/lib/validation/goals";

export const createGoalAction = formAction(goalSchema, async (input, user) => {
  await createGoal(user.id, input);
  revalidatePath("/accounts", "layout");
  return { status: "success", message: "Saved the goal." };
});

export const updateGoalAction = formAction(goalUpdateSchema, async (input, user) => {
  await updateGoal(user.id, input);
  revalidatePath("/accounts", "layout");
  redirect(`/accounts/${input.accountId}/goals`);
});

export const deleteGoalAction = formAction(goalRefSchema, async (input, user) => {
  await deleteGoal(user.id, input);
  revalidatePath("/accounts", "layout");
  return { status: "success", message: "Deleted the goal." };
});
