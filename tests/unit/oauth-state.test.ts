import { describe, expect, test } from "vitest";
import {
  clearedOAuthFlowCookie,
  connectMessageCookie,
  oauthFlowCookie,
  readConnectMessage,
  readOAuthFlow,
  sameState,
} from "@/lib/http/oauth-state";

const flow = { state: "s".repeat(43), codeVerifier: "v".repeat(43), accountId: "cmabcdefghijklmnopqrstuvw" };
const requestWith = (cookie: string) =>
  new Request("http://localhost/api/connections/tiktok/callback", { headers: { cookie } });
const valueOf = (setCookie: string) => setCookie.split(";")[0]!;

describe("the OAuth flow's cookie", () => {
  test("is httpOnly, SameSite=Lax, ten minutes long, scoped to /api/connections; Secure on https", () => {
    const cookie = oauthFlowCookie("tiktok", flow, false);
    expect(cookie).toMatch(
      /^milepost_oauth_tiktok=[A-Za-z0-9_-]+; Path=\/api\/connections; Max-Age=600; HttpOnly; SameSite=Lax$/,
    );
    expect(oauthFlowCookie("tiktok", flow, true)).toMatch(/; Secure$/);
    expect(clearedOAuthFlowCookie("tiktok", false)).toMatch(
      /^milepost_oauth_tiktok=; Path=\/api\/connections; Max-Age=0;/,
    );
  });

  test("reads back what it wrote, among other cookies; anything else is no flow", () => {
    const cookie = valueOf(oauthFlowCookie("tiktok", flow, false));
    expect(readOAuthFlow(requestWith(`a=1; ${cookie}; b=2`), "tiktok")).toEqual(flow);
    expect(readOAuthFlow(requestWith("a=1"), "tiktok")).toBeNull();
    expect(readOAuthFlow(requestWith("milepost_oauth_tiktok=garbage!"), "tiktok")).toBeNull();
    const forged = Buffer.from(JSON.stringify({ ...flow, accountId: "../x" })).toString("base64url");
    expect(readOAuthFlow(requestWith(`milepost_oauth_tiktok=${forged}`), "tiktok")).toBeNull();
  });

  test("states compare equal only when they are", () => {
    expect(sameState(flow.state, flow.state)).toBe(true);
    expect(sameState(flow.state, `${flow.state}x`)).toBe(false);
    expect(sameState(flow.state, "")).toBe(false);
    expect(sameState(flow.state, null)).toBe(false);
  });
});

describe("a failed connection's sentence", () => {
  test("travels to the account's settings page only, for a minute, and reads back", () => {
    const cookie = connectMessageCookie("/accounts/abc/edit", "Could not connect TikTok: TikTok is busy.", true);
    expect(cookie).toMatch(
      /^milepost_connect_message=[A-Za-z0-9_-]+; Path=\/accounts\/abc\/edit; Max-Age=60; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(readConnectMessage(valueOf(cookie).split("=")[1])).toBe("Could not connect TikTok: TikTok is busy.");
    expect(readConnectMessage(undefined)).toBeNull();
    expect(readConnectMessage("not base64url!")).toBeNull();
  });
});
