// npm run bench:signin — does a burst of sign-ins starve other requests? Against a running Milepost (BENCH_URL,
// http://localhost:3000 by default) it measures GET /api/health's latency with autocannon for a few seconds alone,
// then again for as long as SIGN_INS sign-ins with the right password run at once (next-auth's CSRF round trip, then the
// credentials POST), and prints both, with each sign-in's status and time. Password hashing is bounded
// (lib/auth/concurrency-limit.ts: 2 at once, 16 waiting), so /api/health should stay fast.
//   BENCH_EMAIL=… BENCH_PASSWORD=… npm run bench:signin     (a creator of that server: npm run milepost -- user:create …)
// The right password counts no failure, so repeated runs are never throttled.
import autocannon from "autocannon";
import { harness } from "../lib/config/harness.ts";

const BASE = harness("BENCH_URL").replace(/\/$/, "");
const EMAIL = harness("BENCH_EMAIL");
const PASSWORD = harness("BENCH_PASSWORD");
const SIGN_INS = harness("BENCH_SIGN_INS");
const HEALTH_SECONDS = harness("BENCH_HEALTH_SECONDS");

if (!EMAIL || !PASSWORD) {
  console.error(
    "Set BENCH_EMAIL and BENCH_PASSWORD to a creator of the server at BENCH_URL (npm run milepost -- user:create …).",
  );
  process.exit(2);
}

async function signIn(): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({
      email: EMAIL!,
      password: PASSWORD!,
      csrfToken,
      callbackUrl: `${BASE}/dashboard`,
      json: "true",
    }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

function health(seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: `${BASE}/api/health`, connections: 2, duration: seconds });
}

/** /api/health's latency for exactly as long as `work` runs. */
function healthWhile(work: Promise<unknown>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${BASE}/api/health`, connections: 2, duration: 600 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    void work.finally(() => instance.stop());
  });
}

const line = (r: autocannon.Result) =>
  `${r.requests.total} requests, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms${r.non2xx ? `, ${r.non2xx} non-2xx` : ""}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const first = await signIn(); // warms the routes (and the dummy hash) before anything is measured
if (first.status !== 200) {
  console.error(`A sign-in as ${EMAIL} answered ${first.status}: check BENCH_EMAIL and BENCH_PASSWORD.`);
  process.exit(1);
}

console.log(`${BASE}: /api/health alone for ${HEALTH_SECONDS} s…`);
const alone = await health(HEALTH_SECONDS);
console.log(`  ${line(alone)}`);

console.log(`/api/health while ${SIGN_INS} sign-ins run at once…`);
const started = performance.now();
const burst = Promise.all(Array.from({ length: SIGN_INS }, signIn));
const [during, signIns] = await Promise.all([healthWhile(burst), burst]);
const burstMs = performance.now() - started;
console.log(`  ${line(during)}`);

const byStatus = new Map<number, number>();
for (const s of signIns) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
const times = signIns.map((s) => s.ms);
console.log(`Sign-ins: ${[...byStatus].map(([status, count]) => `${count} × ${status}`).join(", ")}`);
console.log(
  `  each took median ${median(times).toFixed(0)} ms, fastest ${Math.min(...times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (all done in ${burstMs.toFixed(0)} ms)`,
);
console.log(
  `/api/health p99 during the burst ÷ alone: ${(during.latency.p99 / Math.max(1, alone.latency.p99)).toFixed(1)}`,
);
