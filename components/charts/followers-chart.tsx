"use client";
// Followers over time (the last reading of each bucket) with the follower milestones as labelled lines.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket, FollowersPoint, MilestoneMarker } from "@/lib/models/dashboard";
import { bucketTick, bucketTitle, compactTick, friendlyNumber } from "./chart-format";
import { markerLabelProps, markersByBucket, spacedLabels } from "./marker-label";
import { MarkerList } from "./marker-list";

const PREFIXES = ["account.followers", "eligible.", "ready."];

export function FollowersChart({
  points,
  markers,
  bucket,
}: {
  points: FollowersPoint[];
  markers: MilestoneMarker[];
  bucket: Bucket;
}) {
  const lines = spacedLabels(
    markersByBucket(markers, PREFIXES),
    points.map((p) => p.day),
  );
  return (
    <div className="chart-frame">
      <figure aria-label="Followers over time" className="h-64 w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={bucketTick(bucket)}
              tick={{ fontSize: 12, fill: "#334155" }}
              minTickGap={24}
            />
            <YAxis tickFormatter={compactTick} tick={{ fontSize: 12, fill: "#334155" }} width={44} />
            <Tooltip
              labelFormatter={(day) => bucketTitle(bucket, String(day))}
              formatter={(value) => [friendlyNumber(Number(value)), "Followers"]}
            />
            {lines.map((line) => (
              <ReferenceLine
                key={line.day}
                x={line.day}
                stroke="#6366f1"
                strokeDasharray="4 3"
                label={markerLabelProps(line, "insideTopLeft", "#3730a3")}
              />
            ))}
            <Line
              type="monotone"
              dataKey="followers"
              name="Followers"
              stroke="#4338ca"
              strokeWidth={2}
              dot={points.length < 40}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <MarkerList markers={markers} prefixes={PREFIXES} label="Follower milestones on this chart" />
    </div>
  );
}
