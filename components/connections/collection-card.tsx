// The account page's "Collection" section: the connection in one line, Collect now with its progress, and the log of
// the last 30 runs. Not shown for an account that was never connected.
import Link from "next/link";
import type { FormState } from "@/lib/http/form-state";
import type { ConnectionPanel } from "@/lib/models/connection";
import { Card } from "@/components/ui/card";
import { exactTime } from "@/components/notifications/notice-time";
import { CollectNow } from "./collect-now";
import { CollectionLog } from "./collection-log";

interface Props {
  panel: ConnectionPanel;
  accountId: string;
  collectAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function CollectionCard({ panel, accountId, collectAction }: Props) {
  const { connection, runs, timeZone } = panel;
  if (!connection && !runs.length) return null;
  const newest = runs[0] ?? null;
  const settings = `/accounts/${accountId}/edit#connection`;
  return (
    <div id="collection">
      <Card title="Collection">
        <div className="space-y-4">
          <p className="text-sm text-slate-800">
            {connection ? (
              <>
                Collected from TikTok as {connection.displayName}
                {connection.status === "needs_reconnecting" ? " — needs reconnecting" : ""}.{" "}
                {connection.lastCollectedAt
                  ? `Last collected: ${exactTime(connection.lastCollectedAt, timeZone)}. `
                  : "Not collected yet. "}
                {connection.status === "active" && connection.nextRunAt
                  ? `Next run: ${exactTime(connection.nextRunAt, timeZone)}. `
                  : ""}
                {connection.lastError ? `Last error: ${connection.lastError} ` : ""}
              </>
            ) : (
              "Not connected to TikTok: the readings collected before are kept. "
            )}
            <Link href={settings} className="font-semibold text-indigo-700 underline">
              Connection settings
            </Link>
          </p>
          {connection ? (
            <CollectNow
              accountId={accountId}
              run={newest}
              canCollect={connection.status === "active"}
              action={collectAction}
            />
          ) : null}
          <h3 className="text-base font-semibold text-slate-900">Collection log</h3>
          <CollectionLog runs={runs} timeZone={timeZone} />
        </div>
      </Card>
    </div>
  );
}
