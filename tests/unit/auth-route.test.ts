import { NextRequest } from "next/server";
import { expect, test } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

const context = (action: string) => ({ params: Promise.resolve({ nextauth: [action] }) });

// next-auth answered these with a 500 "server configuration" page (javascript:, data:) or redirected with them.
test.each([
  ["signin", "javascript:alert(1)"],
  ["signin", "data:text/html,<script>alert(1)</script>"],
  ["signin", "/\t/evil.example/x"],
  ["signin", "https://evil.example/"],
  ["session", "javascript:alert(1)"],
  ["signout", "//evil.example"],
])("GET /api/auth/%s?callbackUrl=%j is a 422 with the usual error body", async (action, callbackUrl) => {
  const url = `http://localhost:3000/api/auth/${action}?${new URLSearchParams({ callbackUrl })}`;
  const response = await GET(new NextRequest(url), context(action));
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({
    error: {
      code: "VALIDATION",
      message: "callbackUrl must be a page of this site.",
      fields: { callbackUrl: ["Use a path on this site, like /dashboard."] },
    },
  });
});

test("a POST carries the same check", async () => {
  const response = await POST(
    new NextRequest("http://localhost:3000/api/auth/signout?callbackUrl=javascript:alert(1)", { method: "POST" }),
    context("signout"),
  );
  expect(response.status).toBe(422);
});
