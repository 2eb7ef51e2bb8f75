import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { formatDay } from "../lib/time/days";

let counter = 0;
/** A new e-mail per call, unique across runs. */
/** Collects console errors and uncaught exceptions of the page from now on. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export function uniqueEmail(prefix = "creator"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

export const PASSWORD = "correct horse battery";

/** Password hashing is slow by design (scrypt, 128 MiB): on a busy machine signing up or in takes seconds. */
const HASHING = { timeout: 30_000 };

export async function signUp(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("I am 18 or older").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, HASHING);
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/(dashboard|accounts)/, HASHING);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

/** Adds a tracked account from the accounts page; returns its page's path. */
export async function addAccount(page: Page, handle: string, timeZone = "Europe/Berlin"): Promise<string> {
  await page.goto("/accounts");
  await page.getByRole("link", { name: "Add account" }).first().click();
  await page.getByLabel("Handle").fill(handle);
  await page.getByLabel("Time zone").selectOption(timeZone);
  await page.getByRole("button", { name: "Save account" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `@${handle.replace(/^@/, "").toLowerCase()}` }),
  ).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Adds a video to the account at `accountPath`; returns the video page's path. */
export async function addVideo(
  page: Page,
  accountPath: string,
  video: { url: string; title: string; postedOn?: string },
): Promise<string> {
  await page.goto(accountPath);
  await page.getByRole("link", { name: "Add video" }).click();
  await page.getByLabel("Video URL").fill(video.url);
  await page.getByLabel("Title").fill(video.title);
  if (video.postedOn) await page.getByLabel("Posted on").fill(video.postedOn);
  await page.getByRole("button", { name: "Save video" }).click();
  await expect(page.getByRole("heading", { level: 1, name: video.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Records a day on the account's "Record today" screen: followers and views per video title; waits for the confirmation. */
export async function recordDay(
  page: Page,
  accountPath: string,
  day: string,
  reading: { followers: number; views?: Record<string, number> },
): Promise<void> {
  await page.goto(`${accountPath}/record`);
  await page.getByLabel("Day").fill(day);
  await page.getByLabel("Followers").fill(String(reading.followers));
  for (const [title, views] of Object.entries(reading.views ?? {}))
    await page.getByLabel(`Views of ${title}`).fill(String(views));
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByText(`for ${formatDay(day)}.`)).toBeVisible();
}
