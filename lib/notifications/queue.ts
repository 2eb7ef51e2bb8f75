// The delivery queue: pg-boss on the app's own PostgreSQL. A job is { deliveryId }; the delivery row in
// notification_deliveries is the truth (status, attempts, errors), the job only says "try it now".
//
// Jobs are enqueued in the transaction that writes their delivery (pg-boss's `db` option over the Prisma
// transaction), so a delivery never exists without its job nor a job without its delivery. The queue's schema
// is installed with the migrations (installQueue), so any write can enqueue.
import PgBoss from "pg-boss";
import { deliveryTimeoutSeconds } from "@/lib/config";
import type { Tx } from "@/lib/db/client";

export const DELIVERY_QUEUE = "notification-delivery";

/** pg-boss's own retries cover crashes only (an expired or thrown job); delivery errors are retried by the worker. */
const CRASH_RETRIES = 20;

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
    db: { executeSql: () => Promise.reject(new Error("the delivery queue only sends inside a transaction")) },
  });
  return sender;
}

/** Enqueues an attempt of each delivery, in the caller's transaction; `at` delays it (a retry). */
export async function enqueueDeliveries(tx: Tx, deliveryIds: readonly string[], at?: Date): Promise<void> {
  const boss = getSender();
  for (const deliveryId of deliveryIds) {
    const id = await boss.send(
      DELIVERY_QUEUE,
      { deliveryId },
      {
        db: transactionDb(tx),
        expireInSeconds: deliveryTimeoutSeconds(), // a killed worker's job expires then
        retryLimit: CRASH_RETRIES,
        retryDelay: 1,
        ...(at ? { startAfter: at } : {}),
      },
    );
    if (!id) throw new Error(`The delivery queue "${DELIVERY_QUEUE}" is missing: run npm run db:migrate.`);
  }
}

/** Installs or upgrades pg-boss's schema and creates the delivery queue (idempotent; part of the migrations). */
export async function installQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(DELIVERY_QUEUE)))
      await boss.createQueue(DELIVERY_QUEUE, { name: DELIVERY_QUEUE, retryLimit: CRASH_RETRIES, retryDelay: 1 });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
