// Where a reading came from, in words for the history tables: "Typed", "Collected · replaced typed 1,020".
import type { ReadingSource } from "@/lib/models/readings";
import { formatCount } from "./numbers";

const LABELS: Record<ReadingSource, string> = {
  typed: "Typed",
  imported: "Imported",
  api: "API",
  collected: "Collected",
};

/** The source's name in a table cell; null for a reading from before sources were kept. */
export const readingSourceLabel = (source: ReadingSource | null): string | null =>
  source === null ? null : LABELS[source];

/** The source's name inside a sentence ("typed", "API"). */
const inSentence = (source: ReadingSource) => (source === "api" ? "API" : source);

/** "replaced typed 1,020": what an account reading replaced (its source and followers), or null. */
export function replacedFollowersText(source: ReadingSource | null, followers: number | null): string | null {
  if (source === null) return null;
  return followers === null
    ? `replaced ${inSentence(source)}`
    : `replaced ${inSentence(source)} ${formatCount(followers)}`;
}

/** "replaced a typed reading": what a video reading replaced, or null. */
export function replacedReadingText(source: ReadingSource | null): string | null {
  if (source === null) return null;
  const article = source === "imported" || source === "api" ? "an" : "a";
  return `replaced ${article} ${inSentence(source)} reading`;
}
