// pg-boss on the app's own PostgreSQL: the queues the worker serves, and sending a job inside a Prisma transaction
// (pg-boss's `db` option), so that a job exists exactly when the row it is about does. The queues' schema is
// installed with the migrations (installQueues), so any write can enqueue.
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/client";

/** Every queue and pg-boss's own retries of a job that crashed or expired (the work's errors are handled inside). */
export const QUEUES = {
  "notification-delivery": { retryLimit: 20, retryDelay: 1 },
  collection: { retryLimit: 5, retryDelay: 30 },
} as const;
export type QueueName = keyof typeof QUEUES;

/** pg-boss over a Prisma transaction: its SQL runs inside `tx`. */
function transactionDb(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg-boss passes the job's data as an object for a jsonb parameter; Prisma wants it as text.
      const params = values.map((v: unknown) =>
        v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

// A PgBoss that is never started: it only builds the insert SQL for `send`, which runs on the given transaction.
let sender: PgBoss | undefined;
function getSender(): PgBoss {
  sender ??= new PgBoss({
    db: { executeSql: () => Promise.reject(new Error("jobs are only sent inside a transaction")) },
  });
  return sender;
}

/** Sends a job in the caller's transaction. */
export async function sendInTransaction(
  tx: Tx,
  queue: QueueName,
  data: object,
  options: { expireInSeconds: number; startAfter?: Date },
): Promise<void> {
  const id = await getSender().send(queue, data, {
    db: transactionDb(tx),
    expireInSeconds: options.expireInSeconds, // a killed worker's job expires then, and is tried again
    ...QUEUES[queue],
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
  });
  if (!id) throw new Error(`The queue "${queue}" is missing: run npm run db:migrate.`);
}

/** Installs or upgrades pg-boss's schema and creates the queues (idempotent; part of the migrations). */
export async function installQueues(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const [name, options] of Object.entries(QUEUES))
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
