import { expect, test } from "vitest";
import { GET } from "@/app/api/health/route";

test("GET /api/health answers 200 when the database answers", async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
