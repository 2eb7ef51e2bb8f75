"use client";
// Cumulative estimated earnings as a low–high band (an estimate is always a range, never one figure).
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/db/dashboard";
import { MICROS_PER_DOLLAR, formatMoneyRange } from "@/lib/earnings";
import { formatCompact } from "@/lib/format";
import type { EarningsPoint } from "@/lib/services/load-dashboard";
import { bucketTick, bucketTitle } from "./chart-format";

export function EarningsChart({ points, bucket }: { points: EarningsPoint[]; bucket: Bucket }) {
  const data = points.map((p) => ({ ...p, band: [p.low / MICROS_PER_DOLLAR, p.high / MICROS_PER_DOLLAR] }));
  return (
    <figure aria-label="Cumulative estimated earnings, low to high" className="h-64 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" tickFormatter={bucketTick(bucket)} tick={{ fontSize: 12, fill: "#334155" }} minTickGap={24} />
          <YAxis tickFormatter={(value: number) => `$${formatCompact(value)}`} tick={{ fontSize: 12, fill: "#334155" }} width={52} />
          <Tooltip
            labelFormatter={(day) => bucketTitle(bucket, String(day))}
            formatter={(_value, _name, item) => {
              const point = item.payload as EarningsPoint;
              return [formatMoneyRange(point.low, point.high), "Estimated so far"];
            }}
          />
          <Area type="monotone" dataKey="band" stroke="#047857" fill="#6ee7b7" fillOpacity={0.5} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
