"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { createApiToken, revokeApiToken } from "@/lib/services/manage-api-tokens";
import { apiTokenRefSchema, apiTokenSchema } from "@/lib/validation/api-tokens";

/** The token goes back to the form this once (it is stored only as a hash). */
export const createApiTokenAction = formAction(apiTokenSchema, async (input, user) => {
  const created = await createApiToken(user.id, input);
  revalidatePath("/settings/api");
  const state: FormState & { token: string } = {
    status: "success",
    message: `Token "${created.name}" created.`,
    token: created.token,
  };
  return state;
});

export const revokeApiTokenAction = formAction(apiTokenRefSchema, async (input, user) => {
  await revokeApiToken(user.id, input.tokenId);
  revalidatePath("/settings/api");
  return { status: "success", message: "Token revoked." };
});
