// The daily schedule: connections whose slot has come (their local hour plus a fixed per-connection offset, so that
// ten thousand accounts start spread over an hour, not in one second) are claimed and handed to the collection
// queue in one transaction: claiming moves each slot to the next local day, so a connection is collected once a day
// however many workers tick. Any worker may tick; pg-boss gives each job to one worker.
import { prisma } from "@/lib/db/client";
import { claimDueConnections } from "@/lib/db/connections";
import { enqueueCollection } from "@/lib/services/collect-account";

/** Connections claimed per transaction. */
const CLAIM_BATCH = 500;

/** Claims every connection due at `now` and enqueues its collection; returns how many. */
export async function enqueueDueCollections(now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await prisma.$transaction(async (tx) => {
      const due = await claimDueConnections(now, CLAIM_BATCH, tx);
      for (const connection of due)
        await enqueueCollection(tx, {
          creatorId: connection.creatorId,
          accountId: connection.accountId,
          trigger: "schedule",
        });
      return due.length;
    });
    total += claimed;
    if (claimed < CLAIM_BATCH) return total;
  }
}
