// fast-check arbitraries for fuzzing the REST API from its OpenAPI document: request bodies shaped like an operation's
// JSON Schema with hostile values mixed in (NUL, -0, huge numbers, digit strings, "0x10", 0000-01-01, long text, deep
// nesting), bodies that are not JSON at all, path ids and query strings.
import fc from "fast-check";

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
};

const nested = (depth: number): unknown => (depth === 0 ? 0 : [nested(depth - 1)]);

export const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\u0007bell",
  "\u001b[31m",
  "\ud800",
  "0x10",
  "1e3",
  "1_000",
  "-0",
  "12,400",
  "1,5",
  "9007199254740993",
  "9".repeat(400),
  "0000-01-01",
  "1999-12-31",
  "2026-02-30",
  "10000-01-01",
  "9999-12-31",
  "",
  " ",
  "x".repeat(5000),
  "１２",
  "'; DROP TABLE accounts; --",
  "https://www.tiktok.com/@x/video/1\u0000",
  "javascript:alert(1)",
  `https://example.com/${Array.from({ length: 1900 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join("")}`,
  "Europe/Berlin\u0000",
];

/** The values that used to reach PostgreSQL and fail there: drawn more often than the rest. */
const KNOWN_KILLERS = ["0000-01-01", "\u0000", "a\u0000b", "1999-12-31", "2026-02-30", "9999-12-31"];

export const HOSTILE_NUMBERS = [-0, -1, 0, 1.5, 2 ** 53 + 1, 9e15, 9e15 + 1, 1e308, -1e308, Number.MIN_VALUE];

/** Any hostile leaf: a string, a number, or something of the wrong kind altogether. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...KNOWN_KILLERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, true, false, [], {}, nested(50)),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const validDay = fc
  .integer({ min: 0, max: 400 })
  .map((offset) => new Date(Date.UTC(2025, 10, 1) + offset * 86_400_000).toISOString().slice(0, 10));

/** Values of a JSON Schema: mostly what it describes, sometimes a hostile value in its place. */
export function fromSchema(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref)
    return fromSchema(components[schema.$ref.replace("#/components/schemas/", "")] ?? {}, components, depth);
  return fc.oneof({ weight: 4, arbitrary: shaped(schema, components, depth) }, { weight: 1, arbitrary: hostileValue });
}

function shaped(schema: JsonSchema, components: Record<string, JsonSchema>, depth: number): fc.Arbitrary<unknown> {
  const choices = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choices?.length) return fc.oneof(...choices.map((choice) => fromSchema(choice, components, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      if (depth > 4) return fc.constant({});
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [
          name,
          fromSchema(property, components, depth + 1),
        ]),
      );
      return fc
        .tuple(
          fc.record(properties, { requiredKeys: [] }),
          fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 2 }),
        )
        .map(([known, extra]) => ({ ...extra, ...known }));
    }
    case "array":
      return depth > 4
        ? fc.constant([])
        : fc.array(fromSchema(schema.items ?? {}, components, depth + 1), { maxLength: 4 });
    case "integer":
    case "number":
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 1e9, 1e9) }),
        fc.integer({ min: 0, max: 9e15 }).map(String),
      );
    case "boolean":
      return fc.boolean();
    case "string":
      if (schema.format === "date")
        return fc.oneof(
          { weight: 3, arbitrary: validDay },
          { weight: 1, arbitrary: fc.constantFrom(...KNOWN_KILLERS) },
        );
      return fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          "someone",
          "Europe/Berlin",
          "UTC",
          "https://www.tiktok.com/@fuzz/video/7300000000000000123",
          "7300000000000000123",
        ),
      );
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A request body: JSON from the schema (or any JSON), or raw text and bytes that are not JSON. */
export function requestBody(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<{ json: unknown } | { raw: string | Uint8Array }> {
  const json = schema
    ? fc.oneof({ weight: 5, arbitrary: fromSchema(schema, components) }, { weight: 1, arbitrary: hostileValue })
    : hostileValue;
  const raw = fc.oneof(
    fc.constantFrom(
      "",
      "{",
      "null",
      '{"a":',
      "[".repeat(100_000) + "]".repeat(100_000),
      '{"account":[{"day":"2026-01-01","followers":-0}]}',
    ),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.uint8Array({ maxLength: 60 }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: json.map((value) => ({ json: value })) },
    { weight: 1, arbitrary: raw.map((value) => ({ raw: value })) },
  );
}

/** A path id: a real one (when given), another creator's, or text no record can have. */
export function pathId(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(real.length ? [{ weight: 4, arbitrary: fc.constantFrom(...real) }] : []),
    {
      weight: 2,
      arbitrary: fc.constantFrom(...KNOWN_KILLERS, "abc\u0000", "a".repeat(65), "x".repeat(5000), "..", "%00", " "),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 70 }) },
  );
}

/** A query string built from the operation's parameters (and strays), with values valid or hostile. */
export function queryString(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    validDay,
    fc.constantFrom(...KNOWN_KILLERS),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
  const built = fc
    .tuple(
      fc.record(Object.fromEntries(names.map((name) => [name, value])), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 2 }),
    )
    .map(([known, extra]) => {
      const search = new URLSearchParams({ ...extra, ...(known as Record<string, string>) }).toString();
      return search ? `?${search}` : "";
    });
  return fc.oneof(
    { weight: 4, arbitrary: built },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "?from=%00",
        "?from=%E0%A4%A",
        "?to=2026-01-01&to=0000-01-01",
        "?from=2026-01-02&to=2026-01-01",
        "?" + "a=b&".repeat(500),
      ),
    },
  );
}
