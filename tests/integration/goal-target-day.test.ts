// A goal's target date cannot be in the past when it is set or changed (in the account's time zone); a goal whose
// date has since passed can still be edited as long as the date stays.
import { describe, expect, test } from "vitest";
import { listGoals } from "@/lib/db/goals";
import { createAccount } from "@/lib/services/manage-accounts";
import { createGoal, updateGoal } from "@/lib/services/manage-goals";
import { goalSchema, goalUpdateSchema } from "@/lib/validation/goals";
import { appErrorOf, createCreator, parse } from "./fixtures";

// 23:30 UTC on Nov 24: already Nov 25 in Berlin, still Nov 24 in Los Angeles.
const LATE = new Date("2026-11-24T23:30:00Z");

async function accountIn(timeZone: string) {
  const creator = await createCreator("goal-target");
  const { id: accountId } = await createAccount(creator, {
    platform: "tiktok",
    handle: `goals.${timeZone.length}`,
    timeZone,
    ruleSet: "article",
  });
  return { creator, accountId };
}

const goal = (accountId: string, targetDay: string) =>
  parse(goalSchema, { accountId, metric: "account.followers", threshold: "10,000", targetDay });

describe("setting a target date", () => {
  test("today and later are fine; yesterday in the account's time zone is refused on targetDay, and nothing is saved", async () => {
    const berlin = await accountIn("Europe/Berlin");
    const error = await appErrorOf(
      createGoal(berlin.creator, goal(berlin.accountId, "2026-11-24"), LATE),
      "VALIDATION",
    );
    expect(error.fields).toEqual({
      targetDay: [
        "Nov 24, 2026 has already passed in Europe/Berlin (today is Nov 25, 2026): choose today or a later day.",
      ],
    });
    expect(await listGoals(berlin.creator, berlin.accountId)).toEqual([]);
    await createGoal(berlin.creator, goal(berlin.accountId, "2026-11-25"), LATE);

    const la = await accountIn("America/Los_Angeles");
    await createGoal(la.creator, goal(la.accountId, "2026-11-24"), LATE);
    expect((await listGoals(la.creator, la.accountId)).map((g) => g.targetDay)).toEqual(["2026-11-24"]);
  });

  test("editing a goal whose date has since passed keeps working while the date stays; moving it to another past day does not", async () => {
    const { creator, accountId } = await accountIn("UTC");
    const { goal: created } = await createGoal(
      creator,
      goal(accountId, "2026-11-30"),
      new Date("2026-11-01T12:00:00Z"),
    );
    const edit = (targetDay: string, threshold: string) =>
      parse(goalUpdateSchema, { accountId, goalId: created.id, metric: "account.followers", threshold, targetDay });
    const later = new Date("2026-12-10T12:00:00Z");

    await updateGoal(creator, edit("2026-11-30", "20,000"), later);
    const error = await appErrorOf(updateGoal(creator, edit("2026-12-01", "30,000"), later), "VALIDATION");
    expect(Object.keys(error.fields!)).toEqual(["targetDay"]);
    expect((await listGoals(creator, accountId)).map((g) => [g.targetDay, g.threshold])).toEqual([
      ["2026-11-30", 20_000],
    ]);
    await updateGoal(creator, edit("2026-12-10", "30,000"), later);
    await updateGoal(
      creator,
      parse(goalUpdateSchema, {
        accountId,
        goalId: created.id,
        metric: "account.followers",
        threshold: "30,000",
        targetDay: "",
      }),
      later,
    );
    expect((await listGoals(creator, accountId)).map((g) => g.targetDay)).toEqual([null]);
  });
});
