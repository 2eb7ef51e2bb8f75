// Inputs of the data settings: importing Milepost CSV files into an account, and deleting the creator.
import { z } from "zod";
import { idSchema } from "./common";

export const MAX_CSV_FILES = 10;
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export const csvImportSchema = z.object({ accountId: idSchema });

/** The e-mail typed to confirm; compared with the signed-in creator's (case and spaces ignored). */
export const deleteCreatorSchema = z.object({
  confirmEmail: z.string({ error: "Type your e-mail address to confirm." }).trim().toLowerCase().min(1, "Type your e-mail address to confirm."),
});
