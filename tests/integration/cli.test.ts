// The command line end to end: `node tsx scripts/milepost.ts …` as a child process against this run's database.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/services/manage-accounts";
import { hashToken } from "@/lib/services/manage-api-tokens";
import { authenticate } from "@/lib/services/authenticate";
import { runMilepost, ROOT, type CliRun } from "../support/milepost-cli";
import { appErrorOf } from "./fixtures";

const FIXTURES = path.join(ROOT, "tests/fixtures/tiktok");
const EMAIL = `cli-${Date.now()}@example.test`;

function milepost(...args: string[]): Promise<CliRun> {
  return milepostWithInput("", ...args);
}

/** The command with `input` on its standard input. */
function milepostWithInput(input: string, ...args: string[]): Promise<CliRun> {
  return runMilepost(args, { env: { DATABASE_URL: inject("databaseUrl") }, input, timeoutMs: 60_000 });
}

let tmp: string;
let creatorId: string;
let accountId: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-cli-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// Each test starts at most two child processes (tsx compiles the CLI at each start): a start can take seconds on a
// busy machine, so a test may take up to two starts' worth of the per-command limit.
describe("npm run milepost", { timeout: 120_000 }, () => {
  test("user:create makes a creator who can sign in; a duplicate e-mail fails with a clear message", async () => {
    const created = await milepost(
      "user:create",
      "--email",
      EMAIL.toUpperCase(),
      "--password",
      "correct horse",
      "--name",
      "Cli Creator",
      "--adult",
    );
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toContain(`Created ${EMAIL}`);
    const creator = await prisma.creator.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(creator).toMatchObject({ name: "Cli Creator", isAdult: true });
    expect(creator.passwordHash).toMatch(/^scrypt/);
    creatorId = creator.id;

    const again = await milepost("user:create", "--email", EMAIL, "--password", "another one");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("That e-mail is already registered.");
    expect(await prisma.creator.count({ where: { email: EMAIL } })).toBe(1);
  });

  test("user:create --password-stdin takes the password from standard input, not from the arguments", async () => {
    const email = `stdin-${Date.now()}@example.test`;
    const created = await milepostWithInput(
      "a password from stdin\nnot this line\n",
      "user:create",
      "--email",
      email,
      "--password-stdin",
    );
    expect(created).toMatchObject({ code: 0, stderr: "" });
    await expect(
      authenticate({ email, password: "a password from stdin", address: "192.0.2.10" }),
    ).resolves.toMatchObject({ email });
    await appErrorOf(authenticate({ email, password: "not this line", address: "192.0.2.10" }), "UNAUTHENTICATED");

    const both = await milepostWithInput(
      "x\n",
      "user:create",
      "--email",
      `both-${email}`,
      "--password",
      "correct horse",
      "--password-stdin",
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("Give --password or --password-stdin, not both.");
    const short = await milepostWithInput("short\n", "user:create", "--email", `short-${email}`, "--password-stdin");
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("--password: Use at least 8 characters.");
    expect(await prisma.creator.count({ where: { email: { in: [`both-${email}`, `short-${email}`] } } })).toBe(0);
  });

  test("user:create applies the sign-up rules", async () => {
    const weak = await milepost("user:create", "--email", "not-an-email", "--password", "short");
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("--email: Enter a valid e-mail address");
    expect(weak.stderr).toContain("--password: Use at least 8 characters.");
  });

  test("import:tiktok writes readings into the named account", async () => {
    accountId = (
      await createAccount(creatorId, { platform: "tiktok", handle: "cli.creator", timeZone: "UTC", ruleSet: "article" })
    ).id;
    const files = ["Overview.csv", "FollowerHistory.csv", "Content.csv"].map((name) => path.join(FIXTURES, name));
    const tiktok = await milepost(
      "import:tiktok",
      "--email",
      EMAIL,
      "--account",
      "@cli.creator",
      "--export-day",
      "2026-01-05",
      ...files,
    );
    expect(tiktok.code).toBe(0);
    expect(tiktok.stderr).toContain("skipped: Content.csv line 6: Video link");
    const videos = await prisma.video.count({ where: { accountId } });
    expect(videos).toBeGreaterThan(2);
    expect(tiktok.stdout).toContain(`video readings (${videos} new videos)`);
  });

  test("import:csv writes readings into the named account", async () => {
    const csv = path.join(tmp, "account.csv");
    await writeFile(csv, "day,followers\n2025-11-01,500\n2025-11-02,510\n");
    const imported = await milepost("import:csv", "--email", EMAIL, "--account", "cli.creator", csv);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Imported 2 account readings");
  });

  test("import:csv refuses a bad row (writing nothing) and an account the creator does not have", async () => {
    const csv = path.join(tmp, "account.csv");
    await writeFile(csv, "day,followers\n2025-11-03,520\n2025-11-04,-1\n");
    const bad = await milepost("import:csv", "--email", EMAIL, "--account", "cli.creator", csv);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("account.csv:3: followers: Counts cannot be negative.");
    expect(await prisma.accountSnapshot.count({ where: { accountId, day: new Date("2025-11-03") } })).toBe(0);

    const noAccount = await milepost("import:csv", "--email", EMAIL, "--account", "someone.else", csv);
    expect(noAccount.code).toBe(1);
    expect(noAccount.stderr).toContain("This creator has no account @someone.else. Their accounts: @cli.creator.");
  });

  test("recompute rebuilds every account with progress, and leaves the milestones as they were", async () => {
    const before = await prisma.milestoneCrossing.findMany({ where: { accountId }, orderBy: { id: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    const one = await milepost("recompute", "--email", EMAIL);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("Recomputed 1 of 1 accounts");
    const all = await milepost("recompute");
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Recomputed (\d+) of \1 accounts/);
    expect(await prisma.milestoneCrossing.findMany({ where: { accountId }, orderBy: { id: "asc" } })).toEqual(before);
  });

  test("export --out writes the ZIP of the creator's data", async () => {
    const out = path.join(tmp, "export.zip");
    const run = await milepost("export", "--email", EMAIL, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "milepost.json",
        "tiktok-cli.creator/account-readings.csv",
        "tiktok-cli.creator/video-readings.csv",
      ]),
    );
    const json = JSON.parse(strFromU8(files["milepost.json"]!));
    expect(json.creator.email).toBe(EMAIL);
    expect(json.accounts[0].videos).toHaveLength(await prisma.video.count({ where: { accountId } }));
    expect(strFromU8(files["tiktok-cli.creator/account-readings.csv"]!)).toContain("2025-11-02,510,");
  });

  test("token:create prints the token once and stores only its hash", async () => {
    const run = await milepost("token:create", "--email", EMAIL, "--name", "backup script");
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^mp_[\w-]{40,}$/);
    expect(run.stderr).toContain("shown this once");
    const stored = await prisma.apiToken.findFirstOrThrow({ where: { creatorId, name: "backup script" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
  });

  test.each([
    [[], "Name a command."],
    [["bogus"], 'Unknown command "bogus".'],
    [["export", "--email", "x@example.test"], "--out is required."],
    [["recompute", "--out", "x.zip"], "recompute does not take --out."],
    [["export", "--nonsense"], "Unknown option '--nonsense'"],
    [["import:csv", "--email", "x@example.test", "--account", "a"], "Name at least one file or folder."],
  ])("bad arguments %j exit 2 with a message and the usage", async (args, message) => {
    const run = await milepost(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: npm run milepost -- <command>");
  });

  test("an unknown e-mail fails with exit 1; --help prints the usage", async () => {
    const unknown = await milepost("export", "--email", "nobody@example.test", "--out", path.join(tmp, "x.zip"));
    expect(unknown).toMatchObject({
      code: 1,
      stderr: "No creator signs in with nobody@example.test. Create one with user:create.\n",
    });
    const help = await milepost("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("user:create --email <e-mail> (--password <password> | --password-stdin)");
  });
});
