"use client";
// One video's views: gained per bucket (bars) and in total (line, right axis), its milestones as labelled dots on the line.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Bucket, MilestoneMarker } from "@/lib/models/dashboard";
import type { VideoViewsPoint } from "@/lib/models/video-views";
import { bucketTick, bucketTitle, compactTick, friendlyNumber } from "./chart-format";
import { cumulativeDots, markerLabelProps, ownVideoMarkerLabel } from "./marker-label";
import { MarkerList } from "./marker-list";

const PREFIXES = ["video.views"];
const NAMES: Record<string, string> = { gained: "Views gained", cumulative: "Total views" };

export function VideoViewsChart({
  points,
  markers,
  bucket,
}: {
  points: VideoViewsPoint[];
  markers: MilestoneMarker[];
  bucket: Bucket;
}) {
  const dots = cumulativeDots(markers, PREFIXES, points, ownVideoMarkerLabel);
  return (
    <div className="chart-frame">
      <figure aria-label="Views of this video per period and in total" className="h-64 w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 20, right: 0, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={bucketTick(bucket)}
              tick={{ fontSize: 12, fill: "#334155" }}
              minTickGap={24}
            />
            <YAxis yAxisId="gained" tickFormatter={compactTick} tick={{ fontSize: 12, fill: "#334155" }} width={44} />
            <YAxis
              yAxisId="cumulative"
              orientation="right"
              tickFormatter={compactTick}
              tick={{ fontSize: 12, fill: "#334155" }}
              width={44}
            />
            <Tooltip
              labelFormatter={(day) => bucketTitle(bucket, String(day))}
              formatter={(value, name) => [friendlyNumber(Number(value)), NAMES[String(name)] ?? String(name)]}
            />
            <Bar yAxisId="gained" dataKey="gained" fill="#a5b4fc" isAnimationActive={false} />
            <Line
              yAxisId="cumulative"
              type="monotone"
              dataKey="cumulative"
              stroke="#0f766e"
              strokeWidth={2}
              dot={points.length < 40}
              isAnimationActive={false}
            />
            {dots.map((dot) => (
              <ReferenceDot
                key={dot.day}
                yAxisId="cumulative"
                x={dot.day}
                y={dot.y}
                r={4}
                fill="#0f766e"
                stroke="#fff"
                label={markerLabelProps(dot, "top", "#134e4a")}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <MarkerList
        markers={markers}
        prefixes={PREFIXES}
        label="Marked on the views chart"
        labelOf={ownVideoMarkerLabel}
      />
    </div>
  );
}
