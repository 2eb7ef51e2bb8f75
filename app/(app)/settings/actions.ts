"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { updateSettings } from "@/lib/services/update-settings";
import { settingsSchema } from "@/lib/validation/settings";

export const updateSettingsAction = formAction(settingsSchema, async (input, user) => {
  await updateSettings(user.id, input);
  revalidatePath("/", "layout");
  return { status: "success", message: "Settings saved." };
});
