// Pages load records with lib/db's require* functions; a NOT_FOUND there (a missing id, or another
// creator's) becomes the same 404 page that form actions give.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
