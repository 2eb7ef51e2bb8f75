import { prisma, type Tx } from "./client";
import type { CreatorProfile } from "@/lib/models/creator";

export const creatorProfileSelect = { id: true, email: true, name: true, isAdult: true } as const;

export function getCreatorProfile(creatorId: string): Promise<CreatorProfile | null> {
  return prisma.creator.findUnique({ where: { id: creatorId }, select: creatorProfileSelect });
}

/** Whether the creator confirmed 18+, locking the creator's row until the transaction ends (SELECT … FOR UPDATE). */
export async function lockCreatorIsAdult(creatorId: string, tx: Tx): Promise<boolean | null> {
  const [row] = await tx.$queryRaw<
    { is_adult: boolean }[]
  >`SELECT is_adult FROM creators WHERE id = ${creatorId} FOR UPDATE`;
  return row?.is_adult ?? null;
}

export function getCreatorCredentials(email: string) {
  return prisma.creator.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
}

/** Creates the creator; null when the e-mail is taken (ON CONFLICT DO NOTHING, no error raised). */
export async function insertCreator(data: {
  email: string;
  name?: string;
  passwordHash: string;
  isAdult: boolean;
}): Promise<CreatorProfile | null> {
  const [created] = await prisma.creator.createManyAndReturn({
    data,
    skipDuplicates: true,
    select: creatorProfileSelect,
  });
  return created ?? null;
}

export function updateCreatorProfile(
  creatorId: string,
  data: { name?: string | null; isAdult?: boolean },
  tx: Tx = prisma,
): Promise<CreatorProfile> {
  return tx.creator.update({ where: { id: creatorId }, data, select: creatorProfileSelect });
}

export async function updatePasswordHash(creatorId: string, passwordHash: string, tx: Tx = prisma): Promise<void> {
  await tx.creator.update({ where: { id: creatorId }, data: { passwordHash } });
}
