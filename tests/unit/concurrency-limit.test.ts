import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import { ConcurrencyLimit, MAX_CONCURRENT_HASHES, passwordHashing } from "@/lib/auth/concurrency-limit";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ConcurrencyLimit", () => {
  test("runs at most maxRunning at once, queues maxWaiting, refuses the rest at once, then drains the queue", async () => {
    const limit = new ConcurrencyLimit(2, 2, () => new AppError("UNAVAILABLE", "busy"));
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limit.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await expect(runs[4]).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect([limit.running, limit.waiting]).toEqual([2, 2]);

    gates[1]!.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    expect([limit.running, limit.waiting]).toEqual([2, 1]);

    gates[0]!.resolve();
    gates[2]!.resolve();
    gates[3]!.resolve();
    expect(await Promise.all(runs.slice(0, 4))).toEqual([0, 1, 2, 3]);
    expect([limit.running, limit.waiting]).toEqual([0, 0]);
  });

  test("a task that throws frees its slot", async () => {
    const limit = new ConcurrencyLimit(1, 1, () => new Error("busy"));
    await expect(limit.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run(async () => "next")).toBe("next");
    expect(limit.running).toBe(0);
  });
});

test("concurrent password verifications never hash more than MAX_CONCURRENT_HASHES at once", async () => {
  // A cheap stored hash (N=1024): verifyPassword reads the cost from it, so each check still is a real scrypt.
  const salt = randomBytes(16);
  const stored = [
    "scrypt",
    1024,
    8,
    1,
    salt.toString("base64"),
    scryptSync("pw", salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  ].join("$");
  let peak = 0;
  let sampling = true;
  const sample = () => {
    peak = Math.max(peak, passwordHashing.running);
    if (sampling) setImmediate(sample);
  };
  sample();
  const results = await Promise.allSettled(
    Array.from({ length: 12 }, (_, i) => verifyPassword(i % 2 ? "pw" : "wrong", stored)),
  );
  sampling = false;
  expect(results.every((r) => r.status === "fulfilled")).toBe(true);
  expect(results.map((r) => (r.status === "fulfilled" ? r.value : null))).toEqual(
    Array.from({ length: 12 }, (_, i) => i % 2 === 1),
  );
  expect(peak).toBe(MAX_CONCURRENT_HASHES);
  expect(passwordHashing.running).toBe(0);
});

test("past the queue, verification answers busy at once instead of waiting", async () => {
  const salt = randomBytes(16);
  const stored = [
    "scrypt",
    1024,
    8,
    1,
    salt.toString("base64"),
    scryptSync("pw", salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  ].join("$");
  const results = await Promise.allSettled(Array.from({ length: 30 }, () => verifyPassword("pw", stored)));
  const refused = results.filter((r) => r.status === "rejected");
  expect(refused.length).toBe(30 - passwordHashing.maxRunning - passwordHashing.maxWaiting);
  expect(
    refused.every((r) => r.status === "rejected" && r.reason instanceof AppError && r.reason.code === "UNAVAILABLE"),
  ).toBe(true);
});
