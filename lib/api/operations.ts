// Every /api/v1 operation, declared once: path, inputs and output (lib/http/operation.ts). The route modules serve
// these declarations (withToken checks their answers against the output schemas) and openapi.ts documents them.
import { z } from "zod";
import { defineOperation, type Operation } from "@/lib/http/operation";
import * as s from "./schemas";

/** { [key]: item[] }, strict like every output. */
const list = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.strictObject({ [key]: z.array(item) } as Record<K, z.ZodArray<T>>);
const account = "/api/v1/accounts/{id}";

export const listAccounts = defineOperation({
  method: "get",
  path: "/api/v1/accounts",
  summary: "List your accounts",
  response: { status: 200, schema: list("accounts", s.accountSummaryOutput), description: "Your accounts" },
  errors: [401, 429],
});

export const createAccount = defineOperation({
  method: "post",
  path: "/api/v1/accounts",
  summary: "Track an account",
  body: s.accountCreateBody,
  response: { status: 201, schema: s.accountOutput, description: "Created" },
  errors: [400, 401, 409, 422, 429],
});

export const getAccount = defineOperation({
  method: "get",
  path: account,
  summary: "One account",
  response: { status: 200, schema: s.accountOutput, description: "The account" },
  errors: [401, 404, 429],
});

export const changeAccount = defineOperation({
  method: "patch",
  path: account,
  summary: "Change an account (only the fields sent)",
  body: s.accountPatchBody,
  response: { status: 200, schema: s.accountOutput, description: "Updated" },
  errors: [400, 401, 404, 409, 422, 429],
});

export const deleteAccount = defineOperation({
  method: "delete",
  path: account,
  summary: "Delete an account with its videos and readings",
  response: { status: 204, description: "Deleted" },
  errors: [401, 404, 429],
});

export const listVideos = defineOperation({
  method: "get",
  path: `${account}/videos`,
  summary: "The account's videos, each with its latest reading",
  response: { status: 200, schema: list("videos", s.videoSummaryOutput), description: "Videos" },
  errors: [401, 404, 429],
});

export const createVideo = defineOperation({
  method: "post",
  path: `${account}/videos`,
  summary: "Add a video",
  body: s.videoCreateBody,
  response: { status: 201, schema: s.videoOutput, description: "Created" },
  errors: [400, 401, 404, 409, 422, 429],
});

export const listSnapshots = defineOperation({
  method: "get",
  path: `${account}/snapshots`,
  summary: "Account and video readings in a span of days",
  query: s.rangeQuery,
  response: { status: 200, schema: s.snapshotsOutput, description: "Readings, oldest day first" },
  errors: [401, 404, 422, 429],
});

export const writeSnapshots = defineOperation({
  method: "put",
  path: `${account}/snapshots`,
  summary: `Write up to ${s.MAX_BATCH_ITEMS} readings in one transaction (a day already recorded is replaced)`,
  body: s.snapshotsBatchBody,
  response: { status: 200, schema: s.batchResultOutput, description: "All readings written" },
  errors: [400, 401, 404, 422, 429],
});

export const listMilestones = defineOperation({
  method: "get",
  path: `${account}/milestones`,
  summary: "Milestone events, newest first",
  response: { status: 200, schema: s.milestonesOutput, description: "Events" },
  errors: [401, 404, 429],
});

export const getEarnings = defineOperation({
  method: "get",
  path: `${account}/earnings`,
  summary: "Estimated earnings per day, daily and cumulative, in micro-dollars",
  query: s.rangeQuery,
  response: { status: 200, schema: s.earningsOutput, description: "Estimates" },
  errors: [401, 404, 422, 429],
});

/** Every operation, in the order openapi.json lists them. */
export const ENDPOINTS: Operation[] = [
  listAccounts,
  createAccount,
  getAccount,
  changeAccount,
  deleteAccount,
  listVideos,
  createVideo,
  listSnapshots,
  writeSnapshots,
  listMilestones,
  getEarnings,
];
