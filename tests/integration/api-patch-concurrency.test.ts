// PATCH /api/v1/accounts/{id} merges the changes with the stored account inside the service's transaction, under the
// account's lock: two PATCHes at the same time that change different fields both stay (merged outside, the second
// write would put back the field the first one changed).
import { beforeAll, expect, test } from "vitest";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as accountRoute from "@/app/api/v1/accounts/[id]/route";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { changeAccount } from "@/lib/services/manage-accounts";
import { callRoute } from "./api-client";
import { createCreator } from "./fixtures";

let creatorId: string;
let token: string;

beforeAll(async () => {
  process.env.MILEPOST_API_RATE_LIMIT = "1000000";
  creatorId = await createCreator("api-patch");
  token = (await createApiToken(creatorId, { name: "patch" })).token;
});

const newAccount = async (handle: string) =>
  (await callRoute(accountsRoute.POST, "POST", { token, body: { handle, timeZone: "UTC" } })).json!.id as string;

test("concurrent PATCHes changing different fields (handle, time zone, rule set): every change survives", async () => {
  for (let round = 0; round < 6; round++) {
    const id = await newAccount(`race.${round}`);
    const answers = await Promise.all([
      callRoute(accountRoute.PATCH, "PATCH", { token, id, body: { handle: `race.${round}.renamed` } }),
      callRoute(accountRoute.PATCH, "PATCH", { token, id, body: { timeZone: "Asia/Tokyo" } }),
      callRoute(accountRoute.PATCH, "PATCH", { token, id, body: { ruleSet: "tiktok_current" } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const stored = await callRoute(accountRoute.GET, "GET", { token, id });
    expect(stored.json, `round ${round}`).toEqual({
      id,
      platform: "tiktok",
      handle: `race.${round}.renamed`,
      timeZone: "Asia/Tokyo",
      ruleSet: "tiktok_current",
    });
  }
});

test("the service merges under the lock: many concurrent changes of different fields all stay", async () => {
  const id = await newAccount("race.service");
  await Promise.all([
    changeAccount(creatorId, id, { handle: "race.service.renamed" }),
    changeAccount(creatorId, id, { timeZone: "America/New_York" }),
    changeAccount(creatorId, id, { ruleSet: "tiktok_current" }),
    changeAccount(creatorId, id, {}),
  ]);
  expect(await callRoute(accountRoute.GET, "GET", { token, id }).then((answer) => answer.json)).toEqual({
    id,
    platform: "tiktok",
    handle: "race.service.renamed",
    timeZone: "America/New_York",
    ruleSet: "tiktok_current",
  });
});
