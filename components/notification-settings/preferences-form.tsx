"use client";
// The preferences matrix: one row per kind of notice, one checkbox per channel.
import type { FormState } from "@/lib/http/form-state";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  CHANNELS,
  NOTICE_CATEGORIES,
  type Channel,
  type NoticeCategory,
} from "@/lib/notifications/categories";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TableScroll, tableClass } from "@/components/ui/table";
import { useActionForm } from "@/components/ui/use-submission-key";

export interface PreferencesFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** `${channel}:${category}` → on; every pair is present. */
  enabled: Record<string, boolean>;
  hasWebhook: boolean;
}

/** The accessible name of a box: "E-mail: Follower milestones". */
export const preferenceLabel = (channel: Channel, category: NoticeCategory) =>
  `${CHANNEL_LABELS[channel]}: ${CATEGORY_LABELS[category]}`;

// Narrow cells that wrap, so the whole matrix fits a phone without scrolling.
const headClass = "px-2 py-2 font-semibold text-slate-800";
const cellClass = "px-2 py-2 text-slate-800";

export function PreferencesForm({ action, enabled, hasWebhook }: PreferencesFormProps) {
  const { state, formAction, pending, key } = useActionForm(action);
  const checked = (channel: Channel, category: NoticeCategory) =>
    state.status === "error" && state.values
      ? state.values[`${channel}.${category}`] === "on"
      : (enabled[`${channel}:${category}`] ?? true);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <TableScroll label="Notification preferences">
          <table className={tableClass}>
            <caption className="sr-only">Which notices reach you on which channel</caption>
            <thead>
              <tr>
                <th scope="col" className={`${headClass} text-left`}>
                  Notice
                </th>
                {CHANNELS.map((channel) => (
                  <th key={channel} scope="col" className={`${headClass} w-20 text-center`}>
                    {CHANNEL_LABELS[channel]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {NOTICE_CATEGORIES.map((category) => (
                <tr key={category}>
                  <th scope="row" className={`${cellClass} text-left font-normal`}>
                    {CATEGORY_LABELS[category]}
                  </th>
                  {CHANNELS.map((channel) => {
                    const id = `pref-${channel}-${category}`;
                    return (
                      <td key={channel} className={`${cellClass} text-center`}>
                        <label htmlFor={id} className="sr-only">
                          {preferenceLabel(channel, category)}
                        </label>
                        <input
                          id={id}
                          type="checkbox"
                          name={`${channel}.${category}`}
                          defaultChecked={checked(channel, category)}
                          className="h-5 w-5 rounded border-slate-400"
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="text-xs text-slate-600">
          Everything is on until you turn it off.{" "}
          {hasWebhook ? "" : "The webhook column applies once you add a webhook below. "}A delivery that gave up is
          always shown in the app.
        </p>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save preferences"}
        </Button>
      </form>
    </div>
  );
}
