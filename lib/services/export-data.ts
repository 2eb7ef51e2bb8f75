// "Download all my data": every account's readings, videos, milestones and logged income as CSV files in a ZIP,
// beside one JSON document of everything (milepost.json). Only the creator's own rows; never a secret.
import { strToU8, zipSync, type Zippable } from "fflate";
import { notFoundError } from "@/lib/errors";
import { getCreatorData, type CreatorData } from "@/lib/db/creator-data";
import { writeCsv } from "@/lib/export/csv";
import { accountReadingsCsv, videoReadingsCsv } from "@/lib/export/milepost-csv";

/** The JSON document of the export (also served alone as ?format=json). */
export async function exportCreatorJson(creatorId: string): Promise<CreatorData & { exportedAt: string; format: string }> {
  const data = await getCreatorData(creatorId);
  if (!data) throw notFoundError("Creator");
  return { format: "milepost-export/1", exportedAt: new Date().toISOString(), ...data };
}

/** A folder name from the handle: letters, digits, dot, dash and underscore only. */
const folderOf = (account: CreatorData["accounts"][number]) => `${account.platform}-${account.handle.replace(/[^\w.-]/g, "_")}`;

function accountFiles(account: CreatorData["accounts"][number]): Record<string, string> {
  const videoById = new Map(account.videos.map((v) => [v.id, v]));
  return {
    "account-readings.csv": accountReadingsCsv(account.readings),
    "video-readings.csv": videoReadingsCsv(account.videos.flatMap((v) => v.readings.map((r) => ({ videoId: v.id, platformId: v.platformId, url: v.url, title: v.title, ...r })))),
    "videos.csv": writeCsv(
      ["video_id", "platform_id", "url", "title", "posted_on"],
      account.videos.map((v) => [v.id, v.platformId, v.url, v.title, v.postedOn]),
    ),
    "milestones.csv": writeCsv(
      ["day", "kind", "rule_key", "subject_type", "subject_id", "subject", "value", "reached_by"],
      [
        ...account.milestones.crossings.map((c) => [c.day, "crossed", c.ruleKey, c.subjectType, c.subjectId, c.subjectType === "video" ? (videoById.get(c.subjectId)?.title ?? "") : "", c.value, c.reachedBy]),
        ...account.milestones.stateChanges.map((s) => [s.day, s.kind, s.ruleKey, "account", account.id, "", null, null]),
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ),
    "logged-income.csv": writeCsv(
      ["day", "stream", "amount_usd", "note"],
      account.loggedIncome.map((i) => [i.day, i.stream, (i.amountMicros / 1_000_000).toFixed(2), i.note]),
    ),
  };
}

/** The ZIP: milepost.json at the top, and one folder of CSV files per account ("tiktok-handle/account-readings.csv"). */
export async function exportCreatorData(creatorId: string): Promise<Uint8Array> {
  const data = await exportCreatorJson(creatorId);
  const files: Zippable = { "milepost.json": strToU8(JSON.stringify(data, null, 2)) };
  for (const account of data.accounts) {
    const folder: Zippable = {};
    for (const [name, text] of Object.entries(accountFiles(account))) folder[name] = strToU8(text);
    files[folderOf(account)] = folder;
  }
  return zipSync(files, { level: 6 });
}
