import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

test("a hash verifies its own password only, and salts differ", async () => {
  const [a, b] = await Promise.all([hashPassword("correct horse"), hashPassword("correct horse")]);
  expect(a).not.toBe(b);
  expect(await verifyPassword("correct horse", a)).toBe(true);
  expect(await verifyPassword("correct horse ", a)).toBe(false);
  expect(await verifyPassword("correct horse", "bcrypt$whatever")).toBe(false);
});
