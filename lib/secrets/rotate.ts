// Re-sealing what is stored: every webhook signing secret and every platform connection's tokens, with the current
// key (`npm run milepost -- secrets:rotate` after a key change), and webhook secrets stored before they were encrypted
// (at each worker's start). Operator maintenance across all creators, like the worker's deliveries: rows are read in
// pages by primary key and a row is written only when it changes, compare-and-set on the values read, so a token a
// collection refreshed meanwhile (already sealed with the current key) is never overwritten with the older one.
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { resealSecret, SecretError } from "./index";

export interface ColumnReport {
  /** Rows read. */
  checked: number;
  /** Rows written with newly sealed values. */
  resealed: number;
  /** Rows that changed between the read and the write (written meanwhile, with the current key): left as they are. */
  changedMeanwhile: number;
}

export interface RotationFailure {
  /** `webhooks (creator <id>)` or `platform_connections.refresh_token (<id>)`: where, never what. */
  where: string;
  message: string;
}

export interface RotationReport {
  webhooks: ColumnReport;
  connections: ColumnReport;
  /** Values no key in force opens: left as they are. */
  failures: RotationFailure[];
}

export interface RotationOptions {
  batchSize?: number;
  /** A line after each page ("Webhook secrets: 500 checked, 120 re-sealed"). */
  onProgress?: (line: string) => void;
}

const emptyReport = (): ColumnReport => ({ checked: 0, resealed: 0, changedMeanwhile: 0 });
const progressLine = (label: string, report: ColumnReport) =>
  `${label}: ${report.checked} checked, ${report.resealed} re-sealed${report.changedMeanwhile ? `, ${report.changedMeanwhile} changed meanwhile` : ""}`;

/** The value re-sealed, the stored value when it needs no change, or null (recorded as a failure) when no key opens it. */
function reseal(stored: string, where: string, failures: RotationFailure[], legacyPlaintext: boolean): string | null {
  try {
    return resealSecret(stored, { legacyPlaintext }) ?? stored;
  } catch (error) {
    if (!(error instanceof SecretError)) throw error;
    failures.push({ where, message: error.message });
    return null;
  }
}

async function resealWebhooks(
  { batchSize = 500, onProgress }: RotationOptions,
  failures: RotationFailure[],
  legacyOnly: boolean,
): Promise<ColumnReport> {
  const report = emptyReport();
  let after = "";
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: string; secret: string }[]>`
      SELECT creator_id AS id, secret FROM webhooks
      WHERE creator_id > ${after} ${legacyOnly ? Prisma.sql`AND secret NOT LIKE 'v1.%'` : Prisma.empty}
      ORDER BY creator_id LIMIT ${batchSize}`;
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    report.checked += rows.length;
    const changes = rows.flatMap((row) => {
      const next = reseal(row.secret, `webhooks (creator ${row.id})`, failures, true);
      return next && next !== row.secret ? [{ ...row, next }] : [];
    });
    if (changes.length) {
      const written = await prisma.$executeRaw`
        UPDATE webhooks w SET secret = v.next
        FROM unnest(${changes.map((c) => c.id)}::text[], ${changes.map((c) => c.secret)}::text[], ${changes.map((c) => c.next)}::text[]) AS v(id, old, next)
        WHERE w.creator_id = v.id AND w.secret = v.old`;
      report.resealed += written;
      report.changedMeanwhile += changes.length - written;
    }
    onProgress?.(progressLine(legacyOnly ? "Unencrypted webhook secrets" : "Webhook secrets", report));
  }
  return report;
}

async function resealConnections(
  { batchSize = 500, onProgress }: RotationOptions,
  failures: RotationFailure[],
): Promise<ColumnReport> {
  const report = emptyReport();
  let after = "";
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: string; access: string; refresh: string }[]>`
      SELECT id, access_token AS access, refresh_token AS refresh FROM platform_connections
      WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`;
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    report.checked += rows.length;
    const changes = rows.flatMap((row) => {
      const access = reseal(row.access, `platform_connections.access_token (${row.id})`, failures, false);
      const refresh = reseal(row.refresh, `platform_connections.refresh_token (${row.id})`, failures, false);
      if (!access || !refresh || (access === row.access && refresh === row.refresh)) return [];
      return [{ ...row, nextAccess: access, nextRefresh: refresh }];
    });
    if (changes.length) {
      const written = await prisma.$executeRaw`
        UPDATE platform_connections c SET access_token = v.next_access, refresh_token = v.next_refresh
        FROM unnest(${changes.map((c) => c.id)}::text[], ${changes.map((c) => c.access)}::text[], ${changes.map((c) => c.refresh)}::text[],
                    ${changes.map((c) => c.nextAccess)}::text[], ${changes.map((c) => c.nextRefresh)}::text[]) AS v(id, old_access, old_refresh, next_access, next_refresh)
        WHERE c.id = v.id AND c.access_token = v.old_access AND c.refresh_token = v.old_refresh`;
      report.resealed += written;
      report.changedMeanwhile += changes.length - written;
    }
    onProgress?.(progressLine("Connection tokens", report));
  }
  return report;
}

/** Re-seals every stored secret with the current key (and seals unencrypted webhook secrets). */
export async function resealStoredSecrets(options: RotationOptions = {}): Promise<RotationReport> {
  const failures: RotationFailure[] = [];
  const webhooks = await resealWebhooks(options, failures, false);
  const connections = await resealConnections(options, failures);
  return { webhooks, connections, failures };
}

/** Seals the webhook secrets stored before they were encrypted (cheap when there are none); run at a worker's start. */
export async function sealLegacyWebhookSecrets(options: RotationOptions = {}): Promise<RotationReport> {
  const failures: RotationFailure[] = [];
  const webhooks = await resealWebhooks(options, failures, true);
  return { webhooks, connections: emptyReport(), failures };
}
