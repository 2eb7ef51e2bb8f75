// The one reader of search parameters, for pages (Next's `searchParams` object) and route handlers (URLSearchParams)
// alike: a name given more than once counts with its first value, and a value is only ever taken from a known list
// or checked by a zod schema.
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "./errors";

export type SearchParamValue = string | string[] | undefined;
export type SearchParams = URLSearchParams | Record<string, SearchParamValue>;

/** The parameter's first value; undefined when it is missing. */
export function firstValue(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every parameter with its first value, as the plain object a zod schema validates. */
export function searchParamsObject(params: SearchParams): Record<string, string> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((name) => [name, params.get(name)] as const)
      : Object.entries(params).map(([name, value]) => [name, firstValue(value)] as const);
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] != null));
}

/** The parameters validated with `schema`: VALIDATION naming each bad parameter (a 422 on a route). */
export function parseSearchParams<S extends z.ZodType>(params: SearchParams, schema: S): z.output<S> {
  const parsed = schema.safeParse(searchParamsObject(params));
  if (!parsed.success)
    throw new AppError("VALIDATION", "Some query parameters are not valid.", fieldErrorsOf(parsed.error, "query"));
  return parsed.data;
}

/** The value when it is one of `allowed`, else null ("?range=90d" of the ranges a chart knows …). */
export function oneOf<T extends string>(value: SearchParamValue, allowed: readonly T[]): T | null {
  const first = firstValue(value);
  return allowed.find((option) => option === first) ?? null;
}

/** "?page=2" → 2; anything else (missing, "abc", "0", "2.5", past 100,000) → 1. */
export function parsePage(value: SearchParamValue): number {
  const first = firstValue(value);
  const page = first !== undefined && /^\d{1,6}$/.test(first) ? Number(first) : 1;
  return page >= 1 && page <= 100_000 ? page : 1;
}
