// npm run bench:uploads -- <URL> [--pid <server pid>] — replays issue #11's hostile uploads against a running Milepost
// (e.g. `PORT=3231 npm start`, then `npm run bench:uploads -- http://localhost:3231`). It signs up a creator of its own
// and adds an account through the pages in headless Chromium, then posts each payload (with curl) to the TikTok import preview
// and prints the answer, its time, the slowest /api/health answer while it ran (polled every 100 ms) and the server's
// resident memory before and after (the process listening on the URL's port, or --pid). Targets: each refused within
// 2 s, health within 1 s, growth under 300 MB. Only loopback addresses are accepted.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { largeCsv, nestedBomb } from "./lib/upload-payloads.ts";

const args = process.argv.slice(2);
const base = new URL(
  args.find((arg) => !arg.startsWith("--") && args[args.indexOf(arg) - 1] !== "--pid") ?? "http://localhost:3231",
);
if (!["localhost", "127.0.0.1", "[::1]"].includes(base.hostname))
  throw new Error(`${base.origin}: the bench only targets this machine (localhost).`);
const pidArg = args.includes("--pid") ? Number(args[args.indexOf("--pid") + 1]) : null;

/** The process listening on the port (ss -ltnp), unless --pid names it. */
function serverPid(): number {
  if (pidArg) return pidArg;
  const port = base.port || "80";
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port} (start the app, or give --pid).`);
  return Number(pid);
}

const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/** Signs up and adds an account the way a person does; returns the session cookie and the account's id. */
async function signUp(): Promise<{ cookie: string; accountId: string }> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
  try {
    const page = await browser.newPage({ baseURL: base.origin });
    await page.goto("/signup");
    await page.getByLabel("E-mail").fill(`bench-uploads-${Date.now().toString(36)}@example.com`);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByLabel("I am 18 or older").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.goto("/accounts/new");
    await page.getByLabel("Handle").fill(`bench.${Date.now().toString(36)}`);
    await page.getByRole("button", { name: "Save account" }).click();
    await page.waitForURL(/\/accounts\/[^/]+$/);
    const accountId = new URL(page.url()).pathname.split("/").pop()!;
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    return { cookie, accountId };
  } finally {
    await browser.close();
  }
}

// The poller runs in a process of its own, so that building and sending a payload here cannot delay its answers.
const POLLER = `
let slowest = 0, running = true;
process.stdin.on("data", () => (running = false));
(async () => {
  while (running) {
    const started = performance.now();
    const ok = await fetch(process.argv[1], { signal: AbortSignal.timeout(10000) }).then((r) => r.ok, () => false);
    slowest = Math.max(slowest, ok ? performance.now() - started : Infinity);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.stdout.write(String(slowest));
})();`;

/** Polls /api/health every 100 ms until stopped; resolves to the slowest answer's time in ms (Infinity: one failed). */
function pollHealth(): { stop: () => Promise<number> } {
  const child = spawn(process.execPath, ["-e", POLLER, new URL("/api/health", base).href], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return { stop: async () => (child.stdin.end("stop\n"), await exited, Number(out)) };
}

interface Payload {
  label: string;
  files: { name: string; bytes: Uint8Array<ArrayBuffer> }[];
  /** Sent without a Content-Length (chunked), so the server must count it as it arrives. */
  chunked?: boolean;
}

/**
 * Sends the body with curl and resolves when the server has answered (curl stops sending on an early answer and still
 * reads it, where Node's own clients either push the whole body first or lose the answer to EPIPE).
 */
async function post(
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array,
): Promise<{ status: string; text: string; seconds: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-uploads-"));
  try {
    const file = path.join(dir, "body");
    await writeFile(file, body);
    const args = [
      "-s",
      "-m",
      "120",
      "-X",
      "POST",
      "--data-binary",
      `@${file}`,
      "-w",
      "\n%{http_code} %{time_total}",
      url.href,
    ];
    for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
    const out = await new Promise<string>((resolve) => {
      let text = "";
      const curl = spawn("curl", args, { stdio: ["ignore", "pipe", "inherit"] });
      curl.stdout.on("data", (chunk: Buffer) => (text += chunk));
      curl.on("close", () => resolve(text));
    });
    const [status = "000", seconds = "0"] = out.slice(out.lastIndexOf("\n") + 1).split(" ");
    const message = (() => {
      try {
        return (JSON.parse(out.slice(0, out.lastIndexOf("\n"))) as { error?: { message?: string } }).error?.message;
      } catch {
        return undefined;
      }
    })();
    return {
      status: status === "000" ? "no answer" : status,
      text: message ?? "(no error message)",
      seconds: Number(seconds),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function replay(payload: Payload, session: { cookie: string; accountId: string }, pid: number): Promise<void> {
  const form = new FormData();
  form.set("accountId", session.accountId);
  for (const file of payload.files) form.append("files", new Blob([file.bytes]), file.name);
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const headers = {
    cookie: session.cookie,
    "content-type": encoded.headers.get("content-type")!,
    ...(payload.chunked ? { "transfer-encoding": "chunked" } : {}),
  };
  const before = residentMb(pid);
  const health = pollHealth();
  const answer = await post(new URL("/api/imports/preview", base), headers, body);
  const seconds = answer.seconds;
  const slowest = await health.stop();
  const after = residentMb(pid);
  const size = payload.files.reduce((sum, f) => sum + f.bytes.length, 0);
  console.log(`\n${payload.label} (${size.toLocaleString("en-US")} bytes sent)`);
  console.log(`  answer: ${answer.status} in ${seconds.toFixed(2)} s — ${answer.text}`);
  console.log(
    `  slowest /api/health while it ran: ${Number.isFinite(slowest) ? `${(slowest / 1000).toFixed(2)} s` : "no answer"}`,
  );
  console.log(
    `  server resident memory: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after (${after - before >= 0 ? "+" : ""}${(after - before).toFixed(0)} MB)`,
  );
}

async function main(): Promise<void> {
  const pid = serverPid();
  console.log(
    `Milepost at ${base.origin}, server process ${pid} (${residentMb(pid).toFixed(0)} MB resident). Building the payloads…`,
  );
  const bomb = nestedBomb();
  const harder = nestedBomb({ harder: true });
  const csv = largeCsv(50 * 1024 * 1024);
  const session = await signUp();
  const first = residentMb(pid);
  const payloads: Payload[] = [
    { label: "Nested ZIP: 4 ZIPs × 4 entries × 60 MB, stored", files: [{ name: "export.zip", bytes: bomb }] },
    { label: "The same, compressed harder", files: [{ name: "export.zip", bytes: harder }] },
    {
      label: "Five copies of it in one request",
      files: [1, 2, 3, 4, 5].map((i) => ({ name: `export-${i}.zip`, bytes: harder })),
    },
    { label: "A 50 MB CSV", files: [{ name: "Content.csv", bytes: csv }] },
    {
      label: "The same CSV sent without a length (chunked)",
      files: [{ name: "Content.csv", bytes: csv }],
      chunked: true,
    },
  ];
  for (const payload of payloads) await replay(payload, session, pid);
  console.log(`\nResident memory over the whole run: ${first.toFixed(0)} MB → ${residentMb(pid).toFixed(0)} MB.`);
}

await main();
