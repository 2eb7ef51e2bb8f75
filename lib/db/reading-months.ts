// Video readings are stored a month to a row (video_reading_months, see schema.prisma): element d of each BIGINT[]
// is day d of the month, NULL where there is no reading. These helpers fold readings into months and back.
import type { Day } from "@/lib/time/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { READING_SOURCE_CODES, type ReadingSource } from "@/lib/models/readings";

/** Every month's arrays have this many elements (the days a month lacks stay NULL). */
export const MONTH_DAYS = 31;

export const FIGURES = ["views", "likes", "comments", "shares", "saves"] as const;
export type Figure = (typeof FIGURES)[number];

/** The first day of the day's month. */
export const monthOf = (day: Day): Day => `${day.slice(0, 8)}01`;

/** The day's element in its month's arrays (1-based, as in SQL). */
export const dayOfMonth = (day: Day): number => Number(day.slice(8, 10));

/** The day at 1-based element `index` of `month`. */
export const dayAt = (month: Day, index: number): Day => `${month.slice(0, 8)}${String(index).padStart(2, "0")}`;

/** Parses PostgreSQL's text form of a one-dimensional BIGINT[] ("{1,NULL,3}"); NULL (no array) gives []. */
export function parseCounts(text: string | null): (number | null)[] {
  if (text === null || text.length <= 2) return [];
  return text
    .slice(1, -1)
    .split(",")
    .map((cell) => (cell === "NULL" ? null : Number(cell)));
}

/** PostgreSQL's text form of a BIGINT[] of MONTH_DAYS elements (cast with ::bigint[]). */
export function countsLiteral(values: readonly (number | null | undefined)[]): string {
  const cells: string[] = [];
  for (let i = 0; i < MONTH_DAYS; i++) {
    const value = values[i];
    cells.push(value === null || value === undefined ? "NULL" : String(value));
  }
  return `{${cells.join(",")}}`;
}

/** The readings of one month's views array, ascending by day. */
export function unfoldViews(month: Day, views: readonly (number | null)[]): { day: Day; views: number }[] {
  const out: { day: Day; views: number }[] = [];
  views.forEach((value, i) => {
    if (value !== null) out.push({ day: dayAt(month, i + 1), views: value });
  });
  return out;
}

export interface MonthFigures {
  videoId: string;
  month: Day;
  /** Per figure, MONTH_DAYS slots (index d − 1 for day d); a figure no reading of the month gives stays undefined. */
  figures: Partial<Record<Figure, (number | null)[]>>;
  /** How many days of the month have a reading (a views value). */
  readings: number;
}

/**
 * Folds readings into one entry per video and month; a (video, day) named twice keeps the later reading
 * (each of its figures: the later row's, where it gives one).
 */
export function foldIntoMonths<
  R extends { videoId: string; day: Day; views: number } & Partial<Record<Exclude<Figure, "views">, number | null>>,
>(rows: readonly R[]): MonthFigures[] {
  const byKey = new Map<string, MonthFigures>();
  for (const row of rows) {
    const month = monthOf(row.day);
    const key = `${row.videoId}\u0000${month}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { videoId: row.videoId, month, figures: {}, readings: 0 }));
    const slot = dayOfMonth(row.day) - 1;
    for (const figure of FIGURES) {
      const value = row[figure];
      if (value === null || value === undefined) continue;
      const values = (entry.figures[figure] ??= new Array<number | null>(MONTH_DAYS).fill(null));
      if (figure === "views" && values[slot] === null) entry.readings++;
      values[slot] = value;
    }
  }
  return [...byKey.values()];
}

/**
 * PostgreSQL's text form of a month's SMALLINT[] of source codes (cast with ::smallint[]) for readings all from
 * `source`: `views` is the month's views as countsLiteral wrote them, and each day with a reading gets the source's
 * code, the others NULL. Made from the text already built rather than while folding, so a bulk write holds and
 * folds nothing more for its sources (and PostgreSQL parses it faster than it would derive it).
 */
export function sourcesLiteral(views: string, source: ReadingSource): string {
  return views.replace(/\d+/g, String(READING_SOURCE_CODES[source]));
}

/**
 * The INSERT that stores generated history: `daily` is a SELECT of (video_id, day, views), at most one row per video
 * and day; each video's days are folded into its month rows (the other figures unknown). For set-based seeding
 * (sample data, benchmarks) into months that hold nothing yet. The caller's `daily` carries the creator's scope.
 * Generated readings were read from nowhere: their sources stay NULL (shown as "—"), like readings from before
 * sources were kept, and nothing is marked replaced (the months were empty).
 */
export function insertMonthsFromDays(daily: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH daily AS (${daily})
    INSERT INTO video_reading_months (video_id, month, views, likes, comments, shares, saves, updated_at)
    SELECT m.video_id, m.month,
      ARRAY(SELECT u.views FROM generate_series(1, ${MONTH_DAYS}::int) AS g(d) LEFT JOIN unnest(m.days, m.views) AS u(d, views) ON u.d = g.d ORDER BY g.d),
      e.empty, e.empty, e.empty, e.empty, now()
    FROM (
      SELECT video_id, date_trunc('month', day)::date AS month, array_agg(extract(day FROM day)::int) AS days, array_agg(views) AS views
      FROM daily GROUP BY 1, 2
    ) m, (SELECT array_fill(NULL::bigint, ARRAY[${MONTH_DAYS}::int]) AS empty) e`;
}
