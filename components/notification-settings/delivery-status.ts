// Delivery statuses and channels in the words a creator reads, and the times they show.
import type { DeliveryRecord } from "@/lib/models/notice";

export const CHANNEL_WORDS: Record<DeliveryRecord["channel"], string> = { email: "E-mail", webhook: "Webhook" };

/** "Retrying" for a pending delivery that has failed before; otherwise one word per status. */
export function statusWords(delivery: Pick<DeliveryRecord, "status" | "attempts">): string {
  switch (delivery.status) {
    case "pending":
      return delivery.attempts > 0 ? "Retrying" : "Waiting to send";
    case "sending":
      return "Sending";
    case "delivered":
      return "Delivered";
    case "kept":
      return "Kept in the outbox (not sent)";
    case "failed":
      return "Failed: gave up";
    case "skipped":
      return "Skipped (turned off)";
  }
}

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "Nov 24, 2026, 10:00 AM UTC": the server has no zone of the creator's, so times say theirs. */
export function formatTime(date: Date): string {
  return `${timeFormat.format(date)} UTC`;
}
