// Inputs of the data settings: importing Milepost CSV files into an account, and deleting the creator.
import { z } from "zod";
import { isId } from "./common";

/** Files per Milepost CSV upload; their sizes and lines are limited by MILEPOST_CSV_LIMITS (lib/import/budget.ts). */
export const MAX_CSV_FILES = 10;

const CHOOSE_ACCOUNT = "Choose the account to import into.";
export const csvImportSchema = z.object({
  accountId: z.string({ error: CHOOSE_ACCOUNT }).trim().refine(isId, CHOOSE_ACCOUNT),
});

/** The e-mail typed to confirm; compared with the signed-in creator's (case and spaces ignored). */
export const deleteCreatorSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your e-mail address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, "Type your e-mail address to confirm."),
});
