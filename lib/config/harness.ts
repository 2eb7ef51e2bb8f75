// The variables of the tests, the CI script and the benchmarks — not of the app. The README's table of them (in
// "Run it, test it") lists exactly these (tests/unit/configuration.test.ts checks both ways).
import { readVariable } from "./read";
import { integer, text, url, wholeNumber } from "./schemas";
import { VARIABLES } from "./variables";

export const HARNESS_VARIABLES = {
  E2E_PORT: wholeNumber(3210, 1, 65_535),
  E2E_JSON_REPORT: text(),
  CI_DATABASE_URL: text(), // read by .ci/run (a shell script)
  FUZZ_SEED: integer(20_261_111),
  FUZZ_RUNS: wholeNumber(25),
  BENCH_RUNS: wholeNumber(30),
  BENCH_WRITES: wholeNumber(200),
  BENCH_VIDEOS: wholeNumber(2_000),
  BENCH_DAYS: wholeNumber(500),
  BENCH_ACCOUNTS: wholeNumber(2_000),
  BENCH_URL: url("http://localhost:3000").default("http://localhost:3000"),
  BENCH_EMAIL: text(),
  BENCH_PASSWORD: text(),
  BENCH_SIGN_INS: wholeNumber(16),
  BENCH_HEALTH_SECONDS: wholeNumber(5),
};

export type HarnessVariableName = keyof typeof HARNESS_VARIABLES;

/** A test's or benchmark's setting, read now. */
export const harness = <K extends HarnessVariableName>(name: K) => readVariable(HARNESS_VARIABLES, name);

/** The e2e tests build into a folder of their own, so `npm start`'s build in .next stays. */
export const e2eDistDir = () => readVariable(VARIABLES, "NEXT_DIST_DIR") ?? ".next-e2e";
