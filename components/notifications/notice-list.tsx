// The in-app notices, newest first: each with its title (leading to its timeline event), body and time.
// Unread ones stand out and can be marked read; a delivery that gave up is a warning.
import type { FormState } from "@/lib/http/form-state";
import type { NoticeRecord } from "@/lib/models/notice";
import { NoticeButton } from "./notice-button";
import { exactTime, relativeTime } from "./notice-time";

export interface NoticeListProps {
  items: NoticeRecord[];
  now: Date;
  /** Account id → its time zone, to say when a notice came in the account's own time. */
  timeZones: ReadonlyMap<string, string>;
  markReadAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function NoticeList({ items, now, timeZones, markReadAction }: NoticeListProps) {
  return (
    <ol aria-label="Notifications" className="space-y-3">
      {items.map((notice) => (
        <NoticeItem
          key={notice.id}
          notice={notice}
          now={now}
          timeZone={notice.accountId ? timeZones.get(notice.accountId) : undefined}
          markReadAction={markReadAction}
        />
      ))}
    </ol>
  );
}

function itemClass(unread: boolean, failed: boolean): string {
  if (failed) return "border-amber-300 border-l-amber-600 bg-amber-50";
  return unread ? "border-indigo-200 border-l-indigo-700 bg-indigo-50" : "border-slate-200 border-l-slate-200 bg-white";
}

function NoticeItem({
  notice,
  now,
  timeZone,
  markReadAction,
}: {
  notice: NoticeRecord;
  now: Date;
  timeZone: string | undefined;
  markReadAction: NoticeListProps["markReadAction"];
}) {
  const unread = notice.readAt === null;
  const failed = notice.kind === "delivery_failed";
  const titleId = `notice-${notice.id}`;
  const ago = relativeTime(notice.createdAt, now);
  const exact = exactTime(notice.createdAt, timeZone);
  return (
    <li className={`rounded-md border border-l-4 p-3 sm:p-4 ${itemClass(unread, failed)}`}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          {failed || unread ? (
            <p className="flex flex-wrap gap-2 text-xs font-semibold">
              {failed ? (
                <span className="inline-flex items-center gap-1 rounded-full bg-amber-200 px-2 py-0.5 text-amber-950">
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3.5 w-3.5" fill="currentColor">
                    <path d="M10 2 1 18h18L10 2Zm0 5a1 1 0 0 1 1 1v4a1 1 0 1 1-2 0V8a1 1 0 0 1 1-1Zm0 9a1.2 1.2 0 1 1 0-2.4 1.2 1.2 0 0 1 0 2.4Z" />
                  </svg>
                  Delivery failed
                </span>
              ) : null}
              {unread ? <span className="rounded-full bg-indigo-700 px-2 py-0.5 text-white">Unread</span> : null}
            </p>
          ) : null}
          <p className={`break-words ${unread ? "font-semibold text-slate-900" : "font-medium text-slate-800"}`}>
            {/* A plain link: following it marks the notice read, which a prefetch must not do. */}
            <a
              id={titleId}
              href={`/notifications/${encodeURIComponent(notice.id)}/open`}
              className="text-indigo-900 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800"
            >
              {notice.title}
            </a>
          </p>
          <p className="break-words text-sm text-slate-800">{notice.body}</p>
          <p className="text-xs text-slate-700">
            <time dateTime={notice.createdAt.toISOString()} title={exact}>
              {ago ? `${ago} · ${exact}` : exact}
            </time>
          </p>
        </div>
        {unread ? (
          <div className="shrink-0">
            <NoticeButton
              action={markReadAction}
              fields={{ noticeId: notice.id }}
              label="Mark as read"
              busyLabel="Marking…"
              describedBy={titleId}
              size="small"
            />
          </div>
        ) : null}
      </div>
    </li>
  );
}
