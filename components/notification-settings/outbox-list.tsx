// E-mails as they were written: to, subject and the plain-text part, newest first.
import { z } from "zod";
import type { DeliveryRecord } from "@/lib/models/notice";
import { formatTime, statusWords } from "./delivery-status";

const emailMessage = z.object({ to: z.string(), subject: z.string(), text: z.string() });

/** The e-mail a delivery holds (written at its first attempt), or null before that. */
export function readEmail(message: unknown): z.output<typeof emailMessage> | null {
  const parsed = emailMessage.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export function OutboxList({ deliveries }: { deliveries: DeliveryRecord[] }) {
  return (
    <ol aria-label="E-mails" className="space-y-4">
      {deliveries.map((d) => {
        const email = readEmail(d.message);
        const failed = d.status === "failed";
        return (
          <li
            key={d.id}
            className={`rounded-lg border bg-white p-4 shadow-sm ${failed ? "border-red-300" : "border-slate-200"}`}
          >
            <article aria-label={email?.subject ?? d.notice.title}>
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium text-slate-600">To</dt>
                <dd className="break-words text-slate-900">{email?.to ?? "—"}</dd>
                <dt className="font-medium text-slate-600">Subject</dt>
                <dd className="break-words font-semibold text-slate-900">{email?.subject ?? d.notice.title}</dd>
                <dt className="font-medium text-slate-600">Status</dt>
                <dd className={failed ? "font-semibold text-red-800" : "text-slate-900"}>
                  {statusWords(d)} ·{" "}
                  <time dateTime={(d.deliveredAt ?? d.createdAt).toISOString()}>
                    {formatTime(d.deliveredAt ?? d.createdAt)}
                  </time>
                </dd>
              </dl>
              {email ? (
                <pre className="mt-3 whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800 [overflow-wrap:anywhere]">
                  {email.text}
                </pre>
              ) : (
                <p className="mt-3 text-sm text-slate-600">
                  {d.status === "skipped"
                    ? "Not written: e-mails of this kind were turned off when it was due."
                    : d.status === "pending" || d.status === "sending"
                      ? "Not written yet: the e-mail is composed at its first attempt, within a few seconds."
                      : "The message was not kept."}
                </p>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
