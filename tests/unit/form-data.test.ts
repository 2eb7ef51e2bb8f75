import { expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/http/errors";
import { formDataToObject } from "@/lib/http/form-data";

test("dotted names nest into objects and arrays", () => {
  const form = new FormData();
  form.set("day", "2026-11-24");
  form.set("videos.0.id", "v1");
  form.set("videos.0.views", "1200");
  form.set("videos.2.id", "v3");
  form.set("$ACTION_ID_abc", "");
  const object = formDataToObject(form);
  expect(object).toEqual({ day: "2026-11-24", videos: [{ id: "v1", views: "1200" }, undefined, { id: "v3" }] });
});

test("zod issues become messages keyed by dotted path", () => {
  const schema = z.object({ videos: z.array(z.object({ views: z.number({ error: "Enter a number." }) })) });
  const result = schema.safeParse({ videos: [{ views: 1 }, { views: "x" }] });
  expect(result.success).toBe(false);
  expect(fieldErrorsOf(result.error!)).toEqual({ "videos.1.views": ["Enter a number."] });
});
