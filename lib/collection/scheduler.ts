// The daily schedule: connections whose slot has come (their local hour plus a fixed per-connection offset, so that
// ten thousand accounts start spread over an hour, not in one second) are claimed and handed to the collection
// queue in one transaction: claiming moves each slot to the next local day, so a connection is collected once a day
// however many workers tick. Any worker may tick; pg-boss gives each job to one worker.
import { prisma } from "@/lib/db/client";
import { claimDueConnections } from "@/lib/db/connections";
import { enqueueCollection } from "@/lib/services/collect-account";

/**
 * Connections claimed per transaction. Each claim sends its job in a statement of its own: a batch of 100 stays far
 * inside the transaction's time with both cores busy (500 could pass Prisma's 5 s and roll back the whole batch).
 */
const CLAIM_BATCH = 100;

/** Claims every connection due at `now` and enqueues its collection; returns how many. */
export async function enqueueDueCollections(now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await prisma.$transaction(
      async (tx) => {
        const due = await claimDueConnections(now, CLAIM_BATCH, tx);
        for (const connection of due)
          await enqueueCollection(tx, {
            creatorId: connection.creatorId,
            accountId: connection.accountId,
            trigger: "schedule",
          });
        return due.length;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    total += claimed;
    if (claimed < CLAIM_BATCH) return total;
  }
}
