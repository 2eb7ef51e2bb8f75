// "Download all my data": what the export holds, written from pages of rows as they are read. milepost.json is the
// whole data set as one JSON document; beside it, one folder of CSV files per account. Pure: the pages come from an
// ExportSource (the service reads them from the database in one snapshot), and nothing here holds more than a page.
import type { ExportAccount, ExportProfile } from "@/lib/db/creator-export";
import type {
  AccountReadingOut,
  CrossingOut,
  LoggedIncomeOut,
  StateChangeOut,
  VideoMonthOut,
  VideoOut,
} from "@/lib/db/export-pages";
import { csvText, type CsvCell } from "./csv";
import { JsonPages, type StreamedJson } from "./json-stream";
import { ACCOUNT_READINGS_HEADER, VIDEO_READINGS_HEADER, accountReadingCells, videoReadingCells } from "./milepost-csv";

export const EXPORT_FORMAT = "milepost-export/1";

/** An account's history, a page at a time, in the export's order. Each call starts a new read. */
export interface ExportSource {
  accountReadings(accountId: string): AsyncIterable<AccountReadingOut[]>;
  videos(accountId: string): AsyncIterable<VideoOut[]>;
  videoMonths(accountId: string): AsyncIterable<VideoMonthOut[]>;
  crossings(accountId: string): AsyncIterable<CrossingOut[]>;
  stateChanges(accountId: string): AsyncIterable<StateChangeOut[]>;
  loggedIncome(accountId: string): AsyncIterable<LoggedIncomeOut[]>;
}

/** Every item of every page, one at a time. */
async function* itemsOf<T>(pages: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const page of pages) yield* page;
}

/**
 * The videos as JSON, each with its readings nested: the month rows come video after video, and a video's readings
 * are the run of rows with its id. The writer reads a video's readings before it asks for the next video.
 */
async function* videosWithReadings(months: AsyncIterable<VideoMonthOut[]>): AsyncGenerator<StreamedJson[]> {
  const rows = itemsOf(months);
  let next = await rows.next();
  while (!next.done) {
    const { video } = next.value;
    const readings = async function* () {
      for (; !next.done && next.value.video.id === video.id; next = await rows.next()) yield next.value.readings;
    };
    yield [{ ...video, readings: new JsonPages(readings()) }];
    while (!next.done && next.value.video.id === video.id) next = await rows.next(); // any the writer left unread
  }
}

/** milepost.json as a reader parses it. */
export type ExportDocument = {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
} & ExportProfile & {
    accounts: (Omit<ExportAccount, "goals"> & {
      readings: AccountReadingOut[];
      videos: (VideoOut & { readings: VideoMonthOut["readings"] })[];
      goals: ExportAccount["goals"];
      milestones: { crossings: Omit<CrossingOut, "videoTitle">[]; stateChanges: StateChangeOut[] };
      loggedIncome: LoggedIncomeOut[];
    })[];
  };

const crossingJson = (c: CrossingOut) => ({
  ruleKey: c.ruleKey,
  subjectType: c.subjectType,
  subjectId: c.subjectId,
  day: c.day,
  value: c.value,
  reachedBy: c.reachedBy,
});

/** milepost.json: the profile, then every account with its readings, videos, goals, milestones and logged income. */
export function exportDocument(
  source: ExportSource,
  profile: ExportProfile,
  accounts: readonly ExportAccount[],
  exportedAt: string,
): StreamedJson {
  return {
    format: EXPORT_FORMAT,
    exportedAt,
    ...profile,
    accounts: accounts.map(({ goals, ...account }) => ({
      ...account,
      readings: new JsonPages(source.accountReadings(account.id)),
      videos: new JsonPages(videosWithReadings(source.videoMonths(account.id))),
      goals,
      milestones: {
        crossings: new JsonPages(mapPages(source.crossings(account.id), crossingJson)),
        stateChanges: new JsonPages(source.stateChanges(account.id)),
      },
      loggedIncome: new JsonPages(source.loggedIncome(account.id)),
    })),
  };
}

async function* mapPages<T, U>(pages: AsyncIterable<readonly T[]>, map: (item: T) => U): AsyncGenerator<U[]> {
  for await (const page of pages) yield page.map(map);
}

async function* flatMapPages<T, U>(pages: AsyncIterable<readonly T[]>, map: (item: T) => U[]): AsyncGenerator<U[]> {
  for await (const page of pages) yield page.flatMap(map);
}

const MILESTONES_HEADER = ["day", "kind", "rule_key", "subject_type", "subject_id", "subject", "value", "reached_by"];
const PAGE = 1_000;

/** milestones.csv's rows: crossings and eligibility changes merged by day, a day's crossings first. */
async function* milestoneRows(account: ExportAccount, source: ExportSource): AsyncGenerator<CsvCell[][]> {
  const crossings = itemsOf(source.crossings(account.id));
  const changes = itemsOf(source.stateChanges(account.id));
  let [crossing, change] = [await crossings.next(), await changes.next()];
  const page: CsvCell[][] = [];
  while (!crossing.done || !change.done) {
    if (!crossing.done && (change.done || crossing.value.day <= change.value.day)) {
      const c = crossing.value;
      page.push([c.day, "crossed", c.ruleKey, c.subjectType, c.subjectId, c.videoTitle ?? "", c.value, c.reachedBy]);
      crossing = await crossings.next();
    } else if (!change.done) {
      const s = change.value;
      page.push([s.day, s.kind, s.ruleKey, "account", account.id, "", null, null]);
      change = await changes.next();
    }
    if (page.length >= PAGE) yield page.splice(0);
  }
  if (page.length) yield page;
}

/** A month row's readings as video-readings.csv rows. */
const videoReadingRows = ({ video: v, readings }: VideoMonthOut): CsvCell[][] =>
  readings.map((r) => videoReadingCells({ videoId: v.id, platformId: v.platformId, url: v.url, title: v.title, ...r }));

/** A folder name from the handle: letters, digits, dot, dash and underscore only. */
export const accountFolder = (account: ExportAccount) =>
  `${account.platform}-${account.handle.replace(/[^\w.-]/g, "_")}`;

/** The account's CSV files, by name, each written as it is read (the same text as the in-memory writeCsv). */
export function accountFiles(
  account: ExportAccount,
  source: ExportSource,
): [name: string, text: () => AsyncIterable<string>][] {
  const id = account.id;
  return [
    [
      "account-readings.csv",
      () => csvText(ACCOUNT_READINGS_HEADER, mapPages(source.accountReadings(id), accountReadingCells)),
    ],
    [
      "video-readings.csv",
      () => csvText(VIDEO_READINGS_HEADER, flatMapPages(source.videoMonths(id), videoReadingRows)),
    ],
    [
      "videos.csv",
      () =>
        csvText(
          ["video_id", "platform_id", "url", "title", "posted_on"],
          mapPages(source.videos(id), (v) => [v.id, v.platformId, v.url, v.title, v.postedOn]),
        ),
    ],
    ["milestones.csv", () => csvText(MILESTONES_HEADER, milestoneRows(account, source))],
    [
      "logged-income.csv",
      () =>
        csvText(
          ["day", "stream", "amount_usd", "note"],
          mapPages(source.loggedIncome(id), (i) => [i.day, i.stream, (i.amountMicros / 1_000_000).toFixed(2), i.note]),
        ),
    ],
  ];
}
