"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import {
  regenerateWebhookSecret,
  removeWebhook,
  saveWebhook,
  sendTestWebhook,
  updatePreferences,
} from "@/lib/services/manage-notification-settings";
import { noInputSchema, preferencesSchema, webhookSchema } from "@/lib/validation/notifications";

const PAGE = "/settings/notifications";

/** A success that carries the new signing secret, shown once by the form that asked for it. */
function withSecret(message: string, secret: string | null): FormState {
  const state: FormState & { secret?: string } = { status: "success", message, ...(secret ? { secret } : {}) };
  return state;
}

export const updatePreferencesAction = formAction(preferencesSchema, async (input, user) => {
  await updatePreferences(user.id, input);
  revalidatePath(PAGE);
  return { status: "success", message: "Preferences saved." };
});

export const saveWebhookAction = formAction(webhookSchema, async (input, user) => {
  const { secret } = await saveWebhook(user.id, input);
  revalidatePath(PAGE);
  return withSecret(
    secret ? "Webhook saved. Copy its signing secret now: it is shown only this once." : "Webhook saved.",
    secret,
  );
});

export const regenerateSecretAction = formAction(noInputSchema, async (_input, user) => {
  const secret = await regenerateWebhookSecret(user.id);
  revalidatePath(PAGE);
  return withSecret(
    "New signing secret made; the old one no longer verifies. Copy it now: it is shown only this once.",
    secret,
  );
});

export const removeWebhookAction = formAction(noInputSchema, async (_input, user) => {
  await removeWebhook(user.id);
  revalidatePath(PAGE);
  return { status: "success", message: "Webhook removed." };
});

export const sendTestWebhookAction = formAction(noInputSchema, async (_input, user) => {
  await sendTestWebhook(user.id);
  revalidatePath(`${PAGE}/deliveries`);
  return {
    status: "success",
    message: "Test queued. It is sent within a few seconds; see how it went in the delivery log.",
  };
});
