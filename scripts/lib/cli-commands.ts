// The command line's commands (scripts/milepost.ts runs them). Each goes through the same services and zod schemas
// as the app; failures are thrown (AppError or CliError) and the runner prints them to stderr with a non-zero exit.
// The app's modules are imported lazily: DATABASE_URL must be set before the Prisma client is first used.
import { createWriteStream, openAsBlob } from "node:fs";
import { readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import type { UploadBudget } from "@/lib/import";

/** A wrong use of the command line (exit 2, with the usage) or a failure to report plainly (exit 1). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type Options = Record<string, string | boolean | undefined>;
type Print = (line: string) => void;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || !value.trim()) throw new CliError(`--${name} is required.`, 2);
  return value;
}

async function creatorByEmail(email: string): Promise<{ id: string; email: string }> {
  const { emailSchema } = await import("@/lib/validation/auth");
  const { getCreatorCredentials } = await import("@/lib/db/creators");
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new CliError(`--email: ${parsed.error.issues[0]?.message}`, 2);
  const creator = await getCreatorCredentials(parsed.data);
  if (!creator) throw new CliError(`No creator signs in with ${parsed.data}. Create one with user:create.`);
  return { id: creator.id, email: creator.email };
}

async function accountByHandle(creatorId: string, handle: string): Promise<{ id: string; handle: string }> {
  const { listAccounts } = await import("@/lib/db/accounts");
  const { normalizeHandle } = await import("@/lib/validation/accounts");
  const accounts = await listAccounts(creatorId);
  const account = accounts.find((a) => a.handle === normalizeHandle(handle));
  if (!account)
    throw new CliError(
      `This creator has no account @${normalizeHandle(handle)}. Their accounts: ${accounts.map((a) => `@${a.handle}`).join(", ") || "none"}.`,
    );
  return account;
}

interface FoundFile {
  name: string;
  path: string;
  size: number;
}

/**
 * The files named, with every file of a named folder (and its subfolders) whose extension is one of `extensions`;
 * their sizes together are counted against the run's upload budget before any is read (the app's limits apply).
 */
async function collectFiles(paths: string[], extensions: string[], budget: UploadBudget): Promise<FoundFile[]> {
  const files: FoundFile[] = [];
  const visit = async (target: string, explicit: boolean): Promise<void> => {
    const info = await stat(target).catch(() => null);
    if (!info) throw new CliError(`${target}: no such file or folder.`);
    if (info.isDirectory()) {
      for (const entry of (await readdir(target)).sort()) await visit(path.join(target, entry), false);
    } else if (explicit || extensions.includes(path.extname(target).toLowerCase())) {
      files.push({ name: path.basename(target), path: target, size: info.size });
    }
  };
  for (const target of paths) await visit(target, true);
  if (!files.length) throw new CliError(`No ${extensions.join(", ")} files in ${paths.join(", ")}.`);
  budget.addSent(files.reduce((sum, file) => sum + file.size, 0));
  return files;
}

/** The first line of standard input (without its line break): a password kept out of the process list. */
async function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

export async function userCreate(
  options: Options,
  print: Print,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  const { signUpSchema } = await import("@/lib/validation/auth");
  const { signUp } = await import("@/lib/services/authenticate");
  if (options["password-stdin"] && options.password !== undefined)
    throw new CliError("Give --password or --password-stdin, not both.", 2);
  const password = options["password-stdin"] ? await readFirstLine(stdin) : (options.password ?? "");
  const parsed = signUpSchema.safeParse({
    email: options.email ?? "",
    password,
    name: options.name,
    isAdult: options.adult ? "true" : "",
  });
  if (!parsed.success)
    throw new CliError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? "input")}: ${i.message}`).join("\n"), 2);
  const creator = await signUp(parsed.data);
  print(`Created ${creator.email} (${creator.id})${creator.isAdult ? ", 18 or older" : ""}. Sign in at /signin.`);
}

export async function tokenCreate(options: Options, print: Print): Promise<void> {
  const { apiTokenSchema } = await import("@/lib/validation/api-tokens");
  const { createApiToken } = await import("@/lib/services/manage-api-tokens");
  const email = required(options, "email");
  const input = apiTokenSchema.safeParse({ name: typeof options.name === "string" ? options.name : "command line" });
  if (!input.success) throw new CliError(`--name: ${input.error.issues[0]?.message}`, 2);
  const creator = await creatorByEmail(email);
  const created = await createApiToken(creator.id, input.data);
  console.error(`Token "${created.name}" for ${creator.email}. It is shown this once: keep it now.`);
  print(created.token);
}

export async function importTikTok(options: Options, paths: string[], print: Print): Promise<void> {
  const { createTikTokImportRun, previewTikTokImport, readTikTokUpload, runTikTokImport } =
    await import("@/lib/services/import-tiktok");
  const { TIKTOK_UPLOAD_LIMITS, UploadBudget: Budget } = await import("@/lib/import");
  const { daySchema } = await import("@/lib/validation/common");
  const [email, handle] = [required(options, "email"), required(options, "account")];
  if (!paths.length) throw new CliError("Name at least one file or folder.", 2);
  const creator = await creatorByEmail(email);
  const account = await accountByHandle(creator.id, handle);
  const exportDayOption = typeof options["export-day"] === "string" ? daySchema.safeParse(options["export-day"]) : null;
  if (exportDayOption && !exportDayOption.success)
    throw new CliError(`--export-day: ${exportDayOption.error.issues[0]?.message}`, 2);
  const budget = new Budget(TIKTOK_UPLOAD_LIMITS);
  const found = await collectFiles(paths, [".zip", ".csv", ".xlsx"], budget);
  const files = await Promise.all(
    found.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await readFile(file.path)) })),
  );
  // Read once (within the budget), previewed, then imported.
  const source = await readTikTokUpload(files, budget);
  const preview = await previewTikTokImport(creator.id, account.id, source, { exportDay: exportDayOption?.data });
  print(`Export day ${preview.exportDay}; ${files.length} file(s) into @${account.handle}.`);
  for (const problem of preview.problems)
    console.error(`  skipped: ${problem.file}${problem.line ? ` line ${problem.line}` : ""}: ${problem.message}`);
  if (preview.blocking.length)
    throw new CliError(["Nothing was written:", ...preview.blocking.map((m) => `  ${m}`)].join("\n"));
  const run = await createTikTokImportRun(creator.id, account.id);
  const outcome = await runTikTokImport(creator.id, account.id, source, {
    exportDay: preview.exportDay,
    importRunId: run.id,
  });
  print(
    `Imported ${outcome.accountWritten} account days and ${outcome.videosWritten} video readings (${outcome.videosCreated} new videos); ${outcome.milestones.crossings.length + outcome.milestones.stateChanges.length} milestone events found.`,
  );
}

export async function importCsv(options: Options, paths: string[], print: Print): Promise<void> {
  const { importMilepostCsv } = await import("@/lib/services/import-milepost-csv");
  const { blobSource, MILEPOST_CSV_LIMITS, UploadBudget: Budget } = await import("@/lib/import");
  const [email, handle] = [required(options, "email"), required(options, "account")];
  if (!paths.length) throw new CliError("Name at least one file or folder.", 2);
  const creator = await creatorByEmail(email);
  const account = await accountByHandle(creator.id, handle);
  const budget = new Budget(MILEPOST_CSV_LIMITS);
  const found = await collectFiles(paths, [".csv"], budget);
  // Streamed from disk, never read whole.
  const files = await Promise.all(found.map(async (file) => blobSource(file.name, await openAsBlob(file.path))));
  const result = await importMilepostCsv(creator.id, account.id, files, { budget });
  print(
    `Imported ${result.accountReadings} account readings and ${result.videoReadings} video readings (${result.videosCreated} new videos) into @${account.handle}; ${result.milestones} milestone events found.`,
  );
}

export async function recompute(options: Options, print: Print): Promise<void> {
  const { listCreators } = await import("@/lib/db/creator-data");
  const { listAccountIds } = await import("@/lib/db/accounts");
  const { recomputeAccount } = await import("@/lib/services/recompute-milestones");
  const creators = typeof options.email === "string" ? [await creatorByEmail(options.email)] : await listCreators();
  const work: { creatorId: string; accountId: string }[] = [];
  for (const creator of creators)
    for (const accountId of await listAccountIds(creator.id)) work.push({ creatorId: creator.id, accountId });
  let events = 0;
  for (const [i, { creatorId, accountId }] of work.entries()) {
    const changes = await recomputeAccount(creatorId, accountId);
    events += changes.crossings.length + changes.stateChanges.length;
    print(`Recomputed ${i + 1} of ${work.length} accounts`);
  }
  print(
    `Done: ${work.length} account${work.length === 1 ? "" : "s"} of ${creators.length} creator${creators.length === 1 ? "" : "s"}; ${events} milestone events new or moved.`,
  );
}

/**
 * Collects connected accounts now (all of them, a creator's with --email, one with --account), one after another,
 * with the job the schedule runs: progress per page, a line per account, a failure named and the rest carried on.
 */
export async function collect(options: Options, print: Print): Promise<void> {
  const { listCreators } = await import("@/lib/db/creator-data");
  const { listConnectedAccounts } = await import("@/lib/db/connections");
  const { collectAccount } = await import("@/lib/services/collect-account");
  if (typeof options.account === "string" && typeof options.email !== "string")
    throw new CliError("--account needs --email (handles are only unique per creator).", 2);
  const creators = typeof options.email === "string" ? [await creatorByEmail(options.email)] : await listCreators();
  const work: { creatorId: string; accountId: string; handle: string }[] = [];
  for (const creator of creators) {
    const connected = await listConnectedAccounts(creator.id);
    if (typeof options.account === "string") {
      const account = await accountByHandle(creator.id, options.account);
      if (!connected.some((c) => c.accountId === account.id))
        throw new CliError(`@${account.handle} is not connected: connect it on its settings page first.`);
      work.push({ creatorId: creator.id, accountId: account.id, handle: account.handle });
    } else work.push(...connected.map((c) => ({ creatorId: creator.id, ...c })));
  }
  if (!work.length) return print("No connected accounts to collect.");
  let failed = 0;
  for (const [i, { creatorId, accountId, handle }] of work.entries()) {
    const prefix = `[${i + 1}/${work.length}] @${handle}`;
    print(`${prefix}: collecting…`);
    const outcome = await collectAccount(creatorId, accountId, {
      trigger: "cli",
      onProgress: (read, total) => print(`${prefix}: ${read} of ${total} videos read`),
    });
    if (outcome.status === "succeeded")
      print(
        `${prefix}: collected ${outcome.day}: ${outcome.followers} followers, ${outcome.videos} videos (${outcome.videosCreated} new).`,
      );
    else {
      failed++;
      const why = outcome.status === "busy" ? "a collection of it is already under way" : outcome.error;
      print(`${prefix}: not collected (${outcome.status.replace("_", " ")}): ${why}`);
    }
  }
  print(`Done: ${work.length - failed} of ${work.length} account${work.length === 1 ? "" : "s"} collected.`);
  if (failed) throw new CliError(`${failed} account${failed === 1 ? " was" : "s were"} not collected (see above).`);
}

/** Streams the creator's ZIP into a file beside `--out` and renames it when complete: a failed export leaves no partial file. */
export async function exportData(options: Options, print: Print): Promise<void> {
  const { openCreatorExport } = await import("@/lib/queries/export-data");
  const [email, out] = [required(options, "email"), path.resolve(required(options, "out"))];
  const creator = await creatorByEmail(email);
  const partial = `${out}.part`;
  try {
    await pipeline(await openCreatorExport(creator.id, "zip"), createWriteStream(partial));
    await rename(partial, out);
  } finally {
    await rm(partial, { force: true });
  }
  print(
    `Wrote ${out} (${(await stat(out)).size.toLocaleString("en-US")} bytes): every account's CSV files and milepost.json.`,
  );
}

/**
 * Re-seals every stored secret (webhook signing secrets, connection tokens) with MILEPOST_SECRET_KEY, opening them with
 * it or MILEPOST_PREVIOUS_SECRET_KEYS; unencrypted webhook secrets are sealed too. Fails (exit 1) when a value no key
 * opens remains, naming where.
 */
export async function secretsRotate(print: Print): Promise<void> {
  const { currentKeyId } = await import("@/lib/secrets");
  const { resealStoredSecrets } = await import("@/lib/secrets/rotate");
  print(`Re-sealing stored secrets with key ${currentKeyId()}…`);
  const report = await resealStoredSecrets({ onProgress: print });
  const resealed = report.webhooks.resealed + report.connections.resealed;
  const checked = report.webhooks.checked + report.connections.checked;
  if (report.failures.length) {
    const shown = report.failures.slice(0, 20).map((failure) => `  ${failure.where}: ${failure.message}`);
    const more = report.failures.length > shown.length ? [`  … and ${report.failures.length - shown.length} more`] : [];
    throw new CliError(
      [
        `Re-sealed ${resealed} of ${checked} rows, but ${report.failures.length} value(s) could not be opened and were left as they are:`,
        ...shown,
        ...more,
        "Add the key they were sealed with to MILEPOST_PREVIOUS_SECRET_KEYS and run the command again; keep the old key until it succeeds.",
      ].join("\n"),
    );
  }
  print(
    `Done: ${resealed} of ${checked} rows re-sealed; every stored secret now opens with key ${currentKeyId()} alone. You can remove the old key from MILEPOST_PREVIOUS_SECRET_KEYS.`,
  );
}
