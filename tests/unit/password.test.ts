import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

// Four real scrypt hashes at N=2^17, one at a time on a 2-core machine (lib/auth/concurrency-limit.ts): seconds each when it is busy.
test("a hash verifies its own password only, and salts differ", { timeout: 60_000 }, async () => {
  const [a, b] = await Promise.all([hashPassword("correct horse"), hashPassword("correct horse")]);
  expect(a).not.toBe(b);
  expect(await verifyPassword("correct horse", a)).toBe(true);
  expect(await verifyPassword("correct horse ", a)).toBe(false);
  expect(await verifyPassword("correct horse", "bcrypt$whatever")).toBe(false);
});
