import { describe, expect, test } from "vitest";
import { safeCallbackUrl, sameOriginPath } from "@/lib/auth/callback-url";

const ORIGIN = "http://localhost:3000";

// Known open-redirect bypasses, as the value reaches the code (already decoded once, as URLSearchParams does).
const leaveTheSite: [string, string][] = [
  ["protocol-relative", "//evil.example"],
  ["three slashes", "///evil.example/x"],
  ["slash backslash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["backslash slash", "\\/evil.example"],
  ["slash backslash slash", "/\\/evil.example"],
  ["tab between the slashes (the reported case)", "/\t/evil.example/x"],
  ["newline between the slashes", "/\n/evil.example/x"],
  ["carriage return between the slashes", "/\r/evil.example/x"],
  ["tab and newline", "/\t\n/evil.example"],
  ["leading space", " //evil.example"],
  ["leading tab", "\t//evil.example"],
  ["leading NUL", "\u0000//evil.example"],
  ["dot segment to a double slash", "/.//evil.example"],
  ["dot-dot segment to a double slash", "/x/..//evil.example"],
  ["javascript:", "javascript:alert(1)"],
  ["javascript: in capitals", "JavaScript:alert(1)"],
  ["javascript: with a tab in the scheme", "java\tscript:alert(1)"],
  ["javascript: with a newline", "javascript://%0Aalert(1)"],
  ["javascript: after a space", " javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["file:", "file:///etc/passwd"],
  ["full http URL", "http://evil.example/x"],
  ["full https URL", "https://evil.example/x"],
  ["https without slashes", "https:evil.example"],
  ["https with one slash", "https:/evil.example"],
  ["another port", "http://localhost:3001/dashboard"],
  ["another scheme, same host", "https://localhost:3000/dashboard"],
  ["our origin as userinfo", "http://localhost:3000@evil.example/"],
  ["protocol-relative with our origin as userinfo", "//localhost:3000@evil.example"],
  ["our host as a subdomain", "http://localhost:3000.evil.example/"],
  ["our origin after a fragment", "http://evil.example#@localhost:3000"],
  ["backslash before the userinfo", "http://evil.example\\@localhost:3000/"],
  ["fullwidth letters in the host", "https://ｅｖｉｌ.example/"],
  ["ideographic full stop in the host", "//evil。example/"],
  ["fullwidth solidus in the userinfo", "http://localhost:3000／@evil.example/"],
  ["not a URL at all", "http://[::1"],
];

// Encoded or lookalike forms that a browser keeps on this site: they are followed as paths of this origin, never as a host.
const stayEncoded: [string, string, string][] = [
  ["encoded slashes", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["encoded slashes without the first", "%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["encoded backslash", "/%5Cevil.example", "/%5Cevil.example"],
  ["encoded tab", "/%09/evil.example", "/%09/evil.example"],
  ["division slashes", "/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example"],
  ["fullwidth solidi", "／／evil.example", "/%EF%BC%8F%EF%BC%8Fevil.example"],
  ["http: with our scheme and no slashes is a relative path", "http:evil.example", "/evil.example"],
];

const stay: [string, string][] = [
  ["/dashboard", "/dashboard"],
  ["/accounts/x?y=1#z", "/accounts/x?y=1#z"],
  ["/accounts/abc/videos/def?range=90d", "/accounts/abc/videos/def?range=90d"],
  ["http://localhost:3000/accounts/x?y=1#z", "/accounts/x?y=1#z"],
  ["/settings/api", "/settings/api"],
  ["/a//b", "/a//b"],
  ["accounts", "/accounts"],
];

describe("sameOriginPath", () => {
  test.each(leaveTheSite)("refuses %s (%j)", (_name, value) => {
    expect(sameOriginPath(value, ORIGIN)).toBeNull();
    expect(safeCallbackUrl(value, ORIGIN)).toBe("/dashboard");
  });

  test.each(stayEncoded)("keeps %s on this site (%j)", (_name, value, path) => {
    expect(sameOriginPath(value, ORIGIN)).toBe(path);
    // Followed by a browser, the path never leaves the origin.
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
  });

  test.each(stay)("keeps %j as %j", (value, path) => {
    expect(sameOriginPath(value, ORIGIN)).toBe(path);
  });

  test("a missing or empty value falls back", () => {
    expect(safeCallbackUrl(null, ORIGIN)).toBe("/dashboard");
    expect(safeCallbackUrl(undefined, ORIGIN)).toBe("/dashboard");
    expect(safeCallbackUrl("", ORIGIN, "/")).toBe("/");
  });
});

describe("callbackUrl as it arrives in a query string", () => {
  // What the sign-in page's URL carries, percent-encoded once (or twice) by whoever built the link.
  test.each([
    ["%2F%09%2Fevil.example%2Fx", "/dashboard"],
    ["%2F%0A%2Fevil.example%2Fx", "/dashboard"],
    ["%2F%0D%2Fevil.example%2Fx", "/dashboard"],
    ["%2F%5Cevil.example", "/dashboard"],
    ["%2F%2Fevil.example", "/dashboard"],
    ["javascript%3Aalert(1)", "/dashboard"],
    ["https%3A%2F%2Fevil.example", "/dashboard"],
    ["%252F%252Fevil.example", "/%2F%2Fevil.example"],
    ["%2Faccounts%2Fx%3Fy%3D1%23z", "/accounts/x?y=1#z"],
  ])("?callbackUrl=%s leads to %s", (encoded, expected) => {
    const value = new URLSearchParams(`callbackUrl=${encoded}`).get("callbackUrl");
    const path = safeCallbackUrl(value, ORIGIN);
    expect(path).toBe(expected);
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
  });
});
