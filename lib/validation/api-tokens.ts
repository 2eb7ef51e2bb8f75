// Input for a new personal access token: a name to recognise it by in the list.
import { z } from "zod";
import { idSchema } from "./common";

export const apiTokenSchema = z.object({
  name: z.string({ error: "Name the token." }).trim().min(1, "Name the token, like \"Zapier\" or \"my script\".").max(100, "Keep the name under 100 characters."),
});
export type ApiTokenInput = z.output<typeof apiTokenSchema>;

export const apiTokenRefSchema = z.object({ tokenId: idSchema });
