// Input for a new personal access token: a name to recognise it by in the list.
import { z } from "zod";
import { idSchema, lineSchema } from "./common";

export const apiTokenSchema = z.object({
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(1, { message: 'Name the token, like "Zapier" or "my script".', abort: true })
    .max(100, "Keep the name under 100 characters.")
    .pipe(lineSchema),
});
export type ApiTokenInput = z.output<typeof apiTokenSchema>;

export const apiTokenRefSchema = z.object({ tokenId: idSchema });
