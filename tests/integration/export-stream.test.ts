// The streamed export against a real PostgreSQL: the same bytes as the in-memory export wrote (whatever the page
// size), a ZIP the Milepost CSV import reads back, one snapshot however the data changes while it streams,
// backpressure down to the database reads, and cleanup when the reader goes away or the export fails.
import { once } from "node:events";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, test, vi } from "vitest";
import yauzl from "yauzl";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/services/manage-accounts";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { exportSessionName, MAX_RUNNING_EXPORTS, openCreatorExport } from "@/lib/queries/export-data";
import { seedHistory } from "../../scripts/lib/bench-seed.ts";
import { appErrorOf, createCreator } from "./fixtures";
import { GOLDEN_CREATOR, exportedBytes, exportedFiles, fingerprint, seedGoldenCreator } from "./export-fixtures";
import golden from "./export-golden.json";

beforeAll(seedGoldenCreator);

describe("the streamed export writes what the in-memory export wrote", () => {
  test.each([undefined, 5, 64])("the ZIP's files and their bytes, with pages of %s rows", async (pageSize) => {
    expect(fingerprint(await exportedFiles(GOLDEN_CREATOR, { pageSize }))).toEqual(golden.zip);
  });

  test("?format=json is the ZIP's milepost.json", async () => {
    expect(fingerprint({ "milepost.json": await exportedBytes(GOLDEN_CREATOR, "json") })).toEqual({
      "milepost.json": golden.json,
    });
  });
});

describe("the ZIP is a valid archive", () => {
  test("yauzl reads every entry, and the Milepost CSV import takes the CSV files back", async () => {
    const bytes = await exportedBytes(GOLDEN_CREATOR, "zip");
    const names = await new Promise<string[]>((resolve, reject) =>
      yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: true }, (error, zip) => {
        if (error) return reject(error);
        const seen: string[] = [];
        zip.on("entry", (entry: yauzl.Entry) => {
          seen.push(entry.fileName);
          if (entry.fileName.endsWith("/")) return zip.readEntry();
          zip.openReadStream(entry, (openError, stream) => {
            if (openError) return reject(openError);
            stream
              .on("error", reject)
              .on("end", () => zip.readEntry())
              .resume(); // sizes checked against the directory
          });
        });
        zip.on("end", () => resolve(seen)).on("error", reject);
        zip.readEntry();
      }),
    );
    expect(names).toEqual(Object.keys(golden.zip));

    const files = unzipSync(bytes);
    const creatorId = await createCreator("exp-copy");
    const copy = await createAccount(creatorId, {
      platform: "tiktok",
      handle: "gold.copy",
      timeZone: "UTC",
      ruleSet: "article",
    });
    const text = (name: string) => ({ name, text: strFromU8(files[`tiktok-gold.main/${name}`]!) });
    const result = await importMilepostCsv(
      creatorId,
      copy.id,
      [text("account-readings.csv"), text("video-readings.csv")],
      { now: new Date("2026-12-01T00:00:00Z") },
    );
    expect(result).toMatchObject({ accountReadings: 120, videoReadings: 3_600, videosCreated: 30 });
    const copied = await exportedFiles(creatorId);
    // The same readings, each now an imported one (the source column, last, is the import's, not the file's).
    const lines = (csv: string) => csv.split("\r\n").filter(Boolean);
    const sourceless = (csv: string) => lines(csv).map((line) => line.replace(/,(typed|imported|api|collected)?$/, ""));
    const sourcesOf = (csv: string) => new Set(lines(csv).map((line) => /,([a-z]*)$/.exec(line)?.[1]));
    const copiedAccount = strFromU8(copied["tiktok-gold.copy/account-readings.csv"]!);
    expect(sourceless(copiedAccount)).toEqual(sourceless(text("account-readings.csv").text));
    expect(sourcesOf(copiedAccount)).toEqual(new Set(["source", "imported"]));
    expect(sourcesOf(text("account-readings.csv").text)).toEqual(
      new Set(["source", "", "typed", "imported", "api", "collected"]),
    );
    // Without the video and platform ids: Milepost gives new ids, and reads a platform id out of a TikTok URL.
    const readings = (csv: string) =>
      csv
        .split("\r\n")
        .slice(1)
        .map((line) => line.replace(/^[^,]*,[^,]*,/, "").replace(/,(typed|imported|api|collected)?$/, ""))
        .sort();
    expect(readings(strFromU8(copied["tiktok-gold.copy/video-readings.csv"]!))).toEqual(
      readings(text("video-readings.csv").text),
    );
  });
});

/** How many database sessions the creator's exports hold open (their transactions). */
async function exportSessions(creatorId: string): Promise<number> {
  const [row] = await prisma.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${exportSessionName(creatorId)}`;
  return Number(row!.n);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (at most some 15 s) until `value()` has stayed the same for a second: a stalled export has filled its buffers. */
async function settled(value: () => number): Promise<void> {
  for (let stable = 0, last = value(), i = 0; stable < 5 && i < 75; i++) {
    await pause(200);
    stable = value() === last ? stable + 1 : 0;
    last = value();
  }
}

/** Waits (at most some 10 s) until `check()` holds. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await pause(100);
}

describe("streaming", () => {
  let large: string; // 100 videos read daily for 1,000 days: 100,000 readings

  beforeAll(async () => {
    large = await createCreator("exp-large");
    await seedHistory(prisma, {
      creatorId: large,
      accountId: "exp-large-a",
      handle: "large",
      videoCount: 100,
      days: 1_000,
      firstDay: "2023-01-01",
    });
  }, 60_000);

  // A stalled reader leaves the export's stream buffers full (16 kB each in Node 20; 64 kB from Node 22, where these
  // shares would need a longer history): the rows read by then are those buffers' worth, not the history. On Node 20
  // that is some 1,500 of the ZIP's 8,700 rows (deflate packs this history's JSON dozens to one, so the compressed
  // buffers hold many rows) and some 600 of the JSON document's 4,300.
  test.each([
    ["zip", 2],
    ["json", 4],
  ] as const)(
    "a reader that stops reading the %s stops the database reads (under 1/%i of them); reading on finishes it",
    { timeout: 60_000 },
    async (format, share) => {
      let read = 0;
      const chunks = (await openCreatorExport(large, format, { pageSize: 100, onRead: (rows) => (read += rows) }))[
        Symbol.asyncIterator
      ]();
      const taken: Buffer[] = [(await chunks.next()).value];
      await settled(() => read);
      const stalled = read;
      expect(await exportSessions(large)).toBe(1); // the snapshot is held while the reader waits
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) taken.push(next.value);
      const bytes = Buffer.concat(taken);
      expect(stalled).toBeLessThan(read / share);
      const videoReadings =
        format === "zip"
          ? strFromU8(unzipSync(bytes)["tiktok-large/video-readings.csv"]!).split("\r\n").length - 2
          : JSON.parse(bytes.toString("utf8")).accounts[0].videos.reduce(
              (sum: number, v: { readings: unknown[] }) => sum + v.readings.length,
              0,
            );
      expect(videoReadings).toBe(100_000);
      await eventually(async () => (await exportSessions(large)) === 0);
      expect(await exportSessions(large)).toBe(0);
    },
  );

  test(
    "the files come from one snapshot: changes made while the export streams are not in it",
    { timeout: 60_000 },
    async () => {
      const creatorId = await createCreator("exp-snapshot");
      await seedHistory(prisma, {
        creatorId,
        accountId: "exp-snap-a",
        handle: "snap",
        videoCount: 20,
        days: 60,
        firstDay: "2026-01-01",
      });
      const before = fingerprint(await exportedFiles(creatorId, { pageSize: 5 }));
      const stream = await openCreatorExport(creatorId, "zip", { pageSize: 5 });
      const chunks = stream[Symbol.asyncIterator]();
      const first = await chunks.next();
      await prisma.$executeRaw`UPDATE account_snapshots SET followers = followers + 1 WHERE account_id = 'exp-snap-a'`;
      await prisma.$executeRaw`DELETE FROM video_reading_months WHERE video_id = 'exp-snap-a-v00020'`;
      await prisma.$executeRaw`UPDATE videos SET title = 'Renamed' WHERE account_id = 'exp-snap-a'`;
      await prisma.$executeRaw`INSERT INTO logged_income (id, account_id, day, stream, amount) VALUES ('exp-snap-i', 'exp-snap-a', '2026-02-01', 'other', 1000000)`;
      const rest: Buffer[] = [];
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) rest.push(next.value);
      expect(fingerprint(unzipSync(Buffer.concat([first.value, ...rest])))).toEqual(before);
      expect(fingerprint(await exportedFiles(creatorId))).not.toEqual(before);
    },
  );

  test.each(["zip", "json"] as const)(
    "a reader of the %s that goes away (the request's signal) ends the reads and the transaction, and is no error to log",
    { timeout: 60_000 },
    async (format) => {
      const logged = vi.spyOn(console, "error");
      const controller = new AbortController();
      let read = 0;
      const stream = await openCreatorExport(large, format, {
        pageSize: 100,
        signal: controller.signal,
        onRead: (rows) => (read += rows),
      });
      const failed = once(stream, "error");
      await stream[Symbol.asyncIterator]().next();
      await settled(() => read);
      expect(await exportSessions(large)).toBe(1);
      controller.abort();
      const [error] = (await failed) as [Error];
      expect(error.name).toBe("AbortError");
      await eventually(async () => (await exportSessions(large)) === 0);
      expect(await exportSessions(large)).toBe(0);
      const readWhenGone = read;
      await pause(500);
      expect(read).toBe(readWhenGone);
      expect(logged).not.toHaveBeenCalled();
      logged.mockRestore();
    },
  );

  test(
    "a database failure mid-stream ends the stream with a plain message and logs the cause",
    { timeout: 60_000 },
    async () => {
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        let read = 0;
        const stream = await openCreatorExport(large, "zip", { pageSize: 100, onRead: (rows) => (read += rows) });
        await settled(() => read);
        await prisma.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${exportSessionName(large)}`;
        const error = await stream.toArray().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toBe("The export stopped before it was complete.");
        await eventually(async () => logged.mock.calls.length > 0);
        expect(logged).toHaveBeenCalledWith(`The export of creator ${large} stopped:`, expect.anything());
        await eventually(async () => (await exportSessions(large)) === 0);
        expect(await exportSessions(large)).toBe(0);
      } finally {
        logged.mockRestore();
      }
    },
  );

  test("an export past its deadline is stopped and its transaction ended", { timeout: 60_000 }, async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const stream = await openCreatorExport(large, "zip", { deadlineMs: 1_000 });
      const [error] = (await once(stream, "error")) as [Error];
      expect(error.message).toBe("The export did not finish in time and was stopped.");
      await eventually(async () => logged.mock.calls.length > 0);
      expect(logged).toHaveBeenCalledWith(
        `The export of creator ${large} stopped:`,
        expect.objectContaining({ message: expect.stringMatching(/deadline/) }),
      );
      await eventually(async () => (await exportSessions(large)) === 0);
      expect(await exportSessions(large)).toBe(0);
    } finally {
      logged.mockRestore();
    }
  });

  test(
    `at most ${MAX_RUNNING_EXPORTS} exports run at once; the next is UNAVAILABLE until one ends`,
    { timeout: 60_000 },
    async () => {
      const streams = await Promise.all(
        Array.from({ length: MAX_RUNNING_EXPORTS }, () => openCreatorExport(large, "zip")),
      );
      const error = await appErrorOf(openCreatorExport(GOLDEN_CREATOR, "json"), "UNAVAILABLE");
      expect(error.status).toBe(503);
      for (const stream of streams) stream.on("error", () => undefined).destroy();
      await eventually(async () => (await exportSessions(large)) === 0);
      expect(JSON.parse((await exportedBytes(GOLDEN_CREATOR, "json")).toString("utf8")).creator.id).toBe(
        GOLDEN_CREATOR,
      );
    },
  );

  test("an unknown creator is NOT_FOUND before any byte, and frees its place", async () => {
    for (let i = 0; i <= MAX_RUNNING_EXPORTS; i++)
      await appErrorOf(openCreatorExport("no-such-creator", "zip"), "NOT_FOUND");
  });
});
