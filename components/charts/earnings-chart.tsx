"use client";
// Cumulative estimated earnings as a low–high band (an estimate is always a range, never one figure), or by stream:
// each stream's low estimate stacked, with the band up to the total high above them. Logged income is its own line,
// never added to the estimate.
import { useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket, EarningsPoint } from "@/lib/models/dashboard";
import { MICROS_PER_DOLLAR, STREAMS, STREAM_LABELS, formatMoney, formatMoneyRange, type Stream } from "@/lib/earnings";
import { formatCompact } from "@/lib/format/numbers";
import { bucketTick, bucketTitle } from "./chart-format";

type View = "total" | "streams";
const STREAM_COLOURS: Record<Stream, { stroke: string; fill: string }> = {
  creator_fund: { stroke: "#047857", fill: "#34d399" },
  sponsorships: { stroke: "#6d28d9", fill: "#a78bfa" },
  affiliate: { stroke: "#b45309", fill: "#fbbf24" },
};
const dollars = (micros: number) => micros / MICROS_PER_DOLLAR;

export function EarningsChart({ points, bucket }: { points: EarningsPoint[]; bucket: Bucket }) {
  const [view, setView] = useState<View>("total");
  // Only the streams that add anything in this range get a layer (and a legend entry).
  const streams = STREAMS.filter((stream) => points.some((p) => p.streams[stream].high > 0));
  const showLogged = points.some((p) => p.logged > 0);
  const data = points.map((p) => ({
    day: p.day,
    band: [dollars(p.low), dollars(p.high)],
    logged: dollars(p.logged),
    ...Object.fromEntries(streams.map((stream) => [stream, dollars(p.streams[stream].low)])),
  }));
  const byDay = new Map(points.map((p) => [p.day, p]));
  return (
    <div className="space-y-2">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800">
        <legend className="sr-only">Show the estimate</legend>
        {(["total", "streams"] as const).map((option) => (
          <label key={option} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name="earnings-view"
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
              className="accent-indigo-700"
            />
            {option === "total" ? "Total range" : "By stream"}
          </label>
        ))}
      </fieldset>
      <figure aria-label="Cumulative estimated earnings, low to high" className="h-64 w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={bucketTick(bucket)}
              tick={{ fontSize: 12, fill: "#334155" }}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={(value: number) => `$${formatCompact(value)}`}
              tick={{ fontSize: 12, fill: "#334155" }}
              width={52}
            />
            <Tooltip
              content={({ active, label }) => {
                const point = active ? byDay.get(String(label)) : undefined;
                return point ? <EarningsTooltip point={point} bucket={bucket} streams={streams} /> : null;
              }}
            />
            {view === "streams"
              ? streams.map((stream) => (
                  <Area
                    key={stream}
                    type="monotone"
                    dataKey={stream}
                    name={`${STREAM_LABELS[stream]} (low)`}
                    stackId="low"
                    stroke={STREAM_COLOURS[stream].stroke}
                    fill={STREAM_COLOURS[stream].fill}
                    fillOpacity={0.7}
                    isAnimationActive={false}
                  />
                ))
              : null}
            <Area
              type="monotone"
              dataKey="band"
              name="Estimated, low to high"
              stroke="#047857"
              fill="#6ee7b7"
              fillOpacity={view === "streams" ? 0.2 : 0.5}
              strokeDasharray={view === "streams" ? "4 3" : undefined}
              isAnimationActive={false}
            />
            {showLogged ? (
              <Line
                type="stepAfter"
                dataKey="logged"
                name="Logged income"
                stroke="#be123c"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <ul aria-label="Earnings chart key" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {view === "streams"
          ? streams.map((stream) => (
              <KeyItem
                key={stream}
                colour={STREAM_COLOURS[stream].fill}
                label={`${STREAM_LABELS[stream]}, low estimate`}
              />
            ))
          : null}
        <KeyItem
          colour="#6ee7b7"
          label={view === "streams" ? "Total, up to the high estimate" : "Estimated, low to high"}
        />
        {showLogged ? <KeyItem colour="#be123c" label="Logged income (not part of the estimate)" line /> : null}
      </ul>
    </div>
  );
}

function KeyItem({ colour, label, line = false }: { colour: string; label: string; line?: boolean }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <span aria-hidden className={line ? "h-0.5 w-4" : "h-3 w-3 rounded-sm"} style={{ backgroundColor: colour }} />
      {label}
    </li>
  );
}

function EarningsTooltip({
  point,
  bucket,
  streams,
}: {
  point: EarningsPoint;
  bucket: Bucket;
  streams: readonly Stream[];
}) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-800 shadow-sm">
      <p className="font-semibold">{bucketTitle(bucket, point.day)}</p>
      <p>
        Estimated so far: <span className="tabular-nums">{formatMoneyRange(point.low, point.high)}</span>
      </p>
      {streams.length > 1
        ? streams.map((stream) => (
            <p key={stream} className="pl-2 text-slate-700">
              {STREAM_LABELS[stream]}:{" "}
              <span className="tabular-nums">
                {formatMoneyRange(point.streams[stream].low, point.streams[stream].high)}
              </span>
            </p>
          ))
        : null}
      {point.logged > 0 ? (
        <p>
          Logged income so far: <span className="tabular-nums">{formatMoney(point.logged)}</span>
        </p>
      ) : null}
    </div>
  );
}
