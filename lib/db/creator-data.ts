// The creator as a whole: the one delete that removes everything of theirs, and the list of creators (the command
// line's recompute). The export's reads are in creator-export.ts and export-pages.ts.
import { prisma, type Tx } from "./client";
import { clearFailuresOfEmail } from "./sign-in-failures";

/** Deletes the creator; every row of theirs goes with it (ON DELETE CASCADE), and so do their e-mail's sign-in failure counts. */
export async function deleteCreator(creatorId: string, tx: Tx): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ email: string }[]>`DELETE FROM creators WHERE id = ${creatorId} RETURNING email`;
  if (!row) return false;
  await clearFailuresOfEmail(row.email, tx);
  return true;
}

/** Every creator's id and e-mail (the command line's recompute of all accounts). */
export function listCreators(): Promise<{ id: string; email: string }[]> {
  return prisma.creator.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
}
