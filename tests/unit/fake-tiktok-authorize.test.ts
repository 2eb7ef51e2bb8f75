// The fake TikTok's authorize page, driven as a browser would (GET forms, redirects not followed): the request arctic
// builds is accepted, "Continue as …" hands back a code that Milepost's client exchanges, Cancel is access_denied, and
// a request TikTok would refuse is refused.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAuthorizationRequest, exchangeCode, type TikTokApp } from "@/lib/platforms/tiktok";
import { startFakeTikTok, type FakeTikTok } from "../support/fake-tiktok";

const REDIRECT_URI = "http://localhost:3000/api/connections/tiktok/callback";
let fake: FakeTikTok;
let app: TikTokApp;

beforeAll(async () => {
  fake = await startFakeTikTok();
  app = { authUrl: fake.url, apiUrl: fake.url, clientKey: fake.clientKey, clientSecret: fake.clientSecret };
});
afterAll(() => fake.close());

/** The consent page's form for `button`, submitted: the redirect's Location. */
async function choose(page: string, button: string): Promise<URL> {
  const form = page.split("<form").find((part) => part.includes(`>${button}</button>`));
  expect(form, `a form with ${button}`).toBeDefined();
  const action = /action="([^"]+)"/.exec(form!)![1]!;
  const fields = [...form!.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [
    name!,
    value!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'),
  ]);
  const response = await fetch(`${fake.url}${action}?${new URLSearchParams(fields)}`, { redirect: "manual" });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!);
}

describe("the fake's authorize page", () => {
  test("lists the users; Continue as … sends a code, the scopes and the state back; the code works once", async () => {
    const user = fake.seedUser({ display_name: "Consenting Cora" });
    const request = createAuthorizationRequest(app, REDIRECT_URI);
    const page = await (await fetch(request.url)).text();
    expect(page).toContain("Continue as Consenting Cora");
    const back = await choose(page, "Continue as Consenting Cora");
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get("state")).toBe(request.state);
    expect(back.searchParams.get("scopes")).toBe("user.info.basic,user.info.stats,video.list");
    const tokens = await exchangeCode(app, {
      code: back.searchParams.get("code")!,
      codeVerifier: request.codeVerifier,
      redirectUri: REDIRECT_URI,
    });
    expect(tokens.openId).toBe(user.open_id);
  });

  test("Cancel sends access_denied with a description and the state", async () => {
    const request = createAuthorizationRequest(app, REDIRECT_URI);
    const back = await choose(await (await fetch(request.url)).text(), "Cancel");
    expect(Object.fromEntries(back.searchParams)).toEqual({
      state: request.state,
      error: "access_denied",
      error_description: "The user denied the authorization.",
    });
  });

  test.each<[string, (query: URLSearchParams) => void]>([
    ["another client_key", (q) => q.set("client_key", "someone-else")],
    ["response_type=token", (q) => q.set("response_type", "token")],
    ["an unknown scope", (q) => q.set("scope", "user.info.basic,video.upload")],
    ["a relative redirect_uri", (q) => q.set("redirect_uri", "/callback")],
    ["a redirect_uri with a fragment", (q) => q.set("redirect_uri", `${REDIRECT_URI}#x`)],
    ["no state", (q) => q.delete("state")],
    ["no code_challenge", (q) => q.delete("code_challenge")],
    ["code_challenge_method=plain", (q) => q.set("code_challenge_method", "plain")],
  ])("%s is refused", async (_name, change) => {
    const { url } = createAuthorizationRequest(app, REDIRECT_URI);
    change(url.searchParams);
    const response = await fetch(url, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("This link is not valid");
  });
});
