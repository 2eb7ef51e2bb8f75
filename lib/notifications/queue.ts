// The delivery queue. A job is { deliveryId }; the delivery row in notification_deliveries is the truth (status,
// attempts, errors), the job only says "try it now". Jobs are enqueued in the transaction that writes their delivery,
// so a delivery never exists without its job nor a job without its delivery.
import { deliveryTimeoutSeconds } from "@/lib/config";
import type { Tx } from "@/lib/db/client";
import { sendInTransaction } from "@/lib/jobs/queue";

export const DELIVERY_QUEUE = "notification-delivery";

/** Enqueues an attempt of each delivery, in the caller's transaction; `at` delays it (a retry). */
export async function enqueueDeliveries(tx: Tx, deliveryIds: readonly string[], at?: Date): Promise<void> {
  for (const deliveryId of deliveryIds)
    await sendInTransaction(
      tx,
      DELIVERY_QUEUE,
      { deliveryId },
      { expireInSeconds: deliveryTimeoutSeconds(), startAfter: at },
    );
}
