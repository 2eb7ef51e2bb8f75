// lib/config: values read when asked for (so a variable set first is seen), unset and empty alike, defaults filled
// in, and a value a variable cannot take refused with its name (never its value, which may be a secret).
import { afterEach, describe, expect, test } from "vitest";
import * as config from "@/lib/config";
import { harness } from "@/lib/config/harness";

const touched = new Map<string, string | undefined>();
function setEnv(name: string, value: string | undefined) {
  if (!touched.has(name)) touched.set(name, process.env[name]);
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
afterEach(() => {
  for (const [name, value] of touched) setEnv(name, value);
  touched.clear();
});

describe("lib/config", () => {
  test("reads a variable when asked, not when imported", () => {
    setEnv("MILEPOST_API_RATE_LIMIT", "3");
    expect(config.apiRateLimit()).toBe(3);
    setEnv("MILEPOST_API_RATE_LIMIT", "1000000");
    expect(config.apiRateLimit()).toBe(1_000_000);
  });

  test("unset and empty are the same: the default", () => {
    setEnv("MILEPOST_API_RATE_LIMIT", undefined);
    expect(config.apiRateLimit()).toBe(600);
    setEnv("MILEPOST_API_RATE_LIMIT", "");
    expect(config.apiRateLimit()).toBe(600);
    setEnv("MAIL_FROM", "");
    expect(config.mailFrom()).toBe("Milepost <milepost@localhost>");
    setEnv("SMTP_URL", "");
    expect(config.smtpUrl()).toBeNull();
  });

  test.each([
    ["MILEPOST_API_RATE_LIMIT", "lots", "MILEPOST_API_RATE_LIMIT must be a whole number from 1."],
    ["MILEPOST_API_RATE_LIMIT", "0", "MILEPOST_API_RATE_LIMIT must be 1 or more."],
    ["PORT", "70000", "PORT must be 65535 or less."],
    ["MILEPOST_RETRY_BASE_SECONDS", "-1", "MILEPOST_RETRY_BASE_SECONDS must be more than 0 seconds."],
    ["MILEPOST_ALLOW_PRIVATE_WEBHOOKS", "yes", 'MILEPOST_ALLOW_PRIVATE_WEBHOOKS must be "0" or "1".'],
    ["MILEPOST_WORKER", "no", 'MILEPOST_WORKER must be "on" or "off".'],
    ["NEXTAUTH_URL", "not a url", "NEXTAUTH_URL must be a URL such as https://milepost.example.com."],
  ])("%s=%s is refused, naming the variable", (name, value, message) => {
    setEnv(name, value);
    expect(config.configurationProblems()).toEqual([message]);
    expect(() => config.checkConfiguration()).toThrow(message);
  });

  test("a refused secret is not repeated in the message", () => {
    setEnv("NEXTAUTH_URL", "https://user:hunter2@[bad");
    expect(config.configurationProblems().join(" ")).not.toContain("hunter2");
  });

  test("the worker's settings, in its units, with the README's defaults", () => {
    setEnv("DATABASE_URL", "postgresql://db/milepost");
    for (const name of Object.keys(config.VARIABLES).filter((n) =>
      /^(MILEPOST_|APP_URL|NEXTAUTH_URL|SMTP|MAIL)/.test(n),
    ))
      setEnv(name, undefined);
    expect(config.workerSettings()).toEqual({
      databaseUrl: "postgresql://db/milepost",
      baseUrl: "http://localhost:3000",
      smtpUrl: null,
      mailFrom: "Milepost <milepost@localhost>",
      retryBaseMs: 60_000,
      retryMaxMs: 4 * 3_600_000,
      giveUpAfterMs: 24 * 3_600_000,
      attemptTimeoutSeconds: 60,
      pollingIntervalSeconds: 1,
      concurrency: 2,
      sweepIntervalMs: 60_000,
    });
    setEnv("NEXTAUTH_URL", "https://milepost.example.com");
    expect(config.appUrl()).toBe("https://milepost.example.com");
    setEnv("APP_URL", "https://links.example.com");
    expect(config.appUrl()).toBe("https://links.example.com");
    setEnv("DATABASE_URL", "");
    expect(() => config.workerSettings()).toThrow("DATABASE_URL is not set");
  });

  test("the tests' and benchmarks' variables", () => {
    setEnv("E2E_PORT", undefined);
    expect(harness("E2E_PORT")).toBe(3210);
    setEnv("FUZZ_SEED", "-42");
    expect(harness("FUZZ_SEED")).toBe(-42);
  });
});
