// The "Connection" section of an account's settings: how to set TikTok up (for the server's operator), Connect, or the
// connection as it stands (whom, since when, last and next collection, last error) with Reconnect and Disconnect.
import Link from "next/link";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/form-state";
import { CONNECT_RESULTS, type ConnectionPanel, type ConnectResult } from "@/lib/models/connection";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { exactTime } from "@/components/notifications/notice-time";
import { DisconnectButton } from "./disconnect-button";

interface Props {
  panel: ConnectionPanel;
  accountId: string;
  result: ConnectResult | null;
  /** The service's sentence for a failed connection, when the callback left one. */
  detail?: string | null;
  disconnectAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

const startHref = (accountId: string) => `/api/connections/tiktok/start?accountId=${encodeURIComponent(accountId)}`;

function ResultMessage({
  result,
  displayName,
  detail,
}: {
  result: ConnectResult;
  displayName: string | null;
  detail: string | null;
}) {
  const ok = result === "connected";
  return (
    <p
      role={ok ? "status" : "alert"}
      className={`mb-4 rounded-md border px-3 py-2 text-sm ${ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-red-800"}`}
    >
      {ok && displayName ? `Connected as ${displayName}.` : (detail ?? CONNECT_RESULTS[result])}
    </p>
  );
}

function NotConfigured({ redirectUri }: { redirectUri: string }) {
  return (
    <div className="space-y-3 text-sm text-slate-800">
      <p>
        Milepost can collect this account&apos;s followers and video views from TikTok every day, but this server has no
        TikTok app set up. Manual entry and imports keep working without it.
      </p>
      <p>
        Whoever runs this server sets two variables: <code className="font-mono">TIKTOK_CLIENT_KEY</code> and{" "}
        <code className="font-mono">TIKTOK_CLIENT_SECRET</code>, the client key and secret of a TikTok for Developers
        app (developers.tiktok.com) with the Login Kit and the Display API added, and the scopes user.info.basic,
        user.info.stats and video.list. Register this exact redirect URI in the app:
      </p>
      <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-slate-900">{redirectUri}</p>
      <p>Then restart Milepost; this section offers &ldquo;Connect TikTok&rdquo;.</p>
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}

const time = (date: Date, timeZone: string) => <time dateTime={date.toISOString()}>{exactTime(date, timeZone)}</time>;

export function ConnectionCard({ panel, accountId, result, detail = null, disconnectAction }: Props) {
  const { connection, timeZone } = panel;
  return (
    <div id="connection">
      <Card title="Connection">
        {result ? (
          <ResultMessage result={result} displayName={connection?.displayName ?? null} detail={detail} />
        ) : null}
        {connection ? (
          <div className="space-y-4 text-sm">
            {connection.status === "needs_reconnecting" ? (
              <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
                <p className="font-semibold">TikTok needs reconnecting.</p>
                <p>TikTok no longer accepts Milepost&apos;s access, so nothing is collected until you reconnect.</p>
              </div>
            ) : null}
            <dl className="space-y-1">
              <Row term="Connected as">
                {connection.displayName} (since {time(connection.connectedAt, timeZone)})
              </Row>
              <Row term="Last collected">
                {connection.lastCollectedAt ? time(connection.lastCollectedAt, timeZone) : "not yet"}
              </Row>
              <Row term="Next run">
                {connection.status !== "active"
                  ? "none until you reconnect"
                  : connection.nextRunAt
                    ? time(connection.nextRunAt, timeZone)
                    : "not scheduled yet"}
              </Row>
              {connection.lastError ? (
                <Row term="Last error">
                  {connection.lastError}
                  {connection.failures > 1 ? ` (${connection.failures} failed runs in a row)` : ""}
                </Row>
              ) : null}
            </dl>
            <p>
              <Link href={`/accounts/${accountId}#collection`} className="font-semibold text-indigo-700 underline">
                Collection log and Collect now
              </Link>
            </p>
            <div className="flex flex-wrap items-start gap-3">
              {connection.status === "needs_reconnecting" && panel.configured ? (
                <a href={startHref(accountId)} className={buttonClass("primary")}>
                  Reconnect
                </a>
              ) : null}
              <DisconnectButton action={disconnectAction} accountId={accountId} />
            </div>
          </div>
        ) : panel.configured ? (
          <div className="space-y-3 text-sm text-slate-800">
            <p>
              Connect this account to TikTok and Milepost records its followers and every video&apos;s views, likes,
              comments and shares once a day, late in the evening in the account&apos;s time zone. You can still type
              and import readings.
            </p>
            <a href={startHref(accountId)} className={buttonClass("primary")}>
              Connect TikTok
            </a>
          </div>
        ) : (
          <NotConfigured redirectUri={panel.redirectUri} />
        )}
      </Card>
    </div>
  );
}
