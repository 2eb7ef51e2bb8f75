// The layering the README's "Architecture" describes, enforced by ESLint (eslint-plugin-boundaries and core rules).
// Dependencies point one way: app → (http, queries, services, models …) → (db, the pure core). tests/unit/lint-layers
// plants a violation of each rule below and checks that ESLint reports it.
import boundaries from "eslint-plugin-boundaries";

/** Each folder is one element; the first descriptor that matches a file wins, so the catch-all "lib/*" comes last. */
const ELEMENTS = [
  { type: "app", pattern: "app" },
  { type: "components", pattern: "components" },
  { type: "queries", pattern: "lib/queries" },
  { type: "services", pattern: "lib/services" },
  { type: "db", pattern: ["lib/db", "lib/generated"] }, // lib/generated is the Prisma client lib/db wraps
  { type: "core", pattern: ["lib/milestones", "lib/earnings"] },
  { type: "http", pattern: "lib/http" },
  { type: "models", pattern: "lib/models" },
  { type: "lib", pattern: "lib/*" }, // the rest of lib: time, format, errors, auth, validation, import, export …
].map((element) => ({ ...element, partialMatch: false }));

const only = (...types) => ({ to: { element: { type: types } } });

/** What each layer must not import (anything else is allowed). Type-only imports count too. */
const POLICIES = [
  {
    from: { element: { type: "app" } },
    disallow: only("db"),
    message: "app/ gets data through lib/queries or lib/services, never lib/db (types included: use lib/models).",
  },
  {
    from: { element: { type: "components" } },
    disallow: only("db", "queries", "services", "app"),
    message: "Components get props: no data access (lib/db, lib/queries, lib/services) and nothing from app/.",
  },
  {
    from: { element: { type: "queries" } },
    disallow: only("services", "http", "app", "components"),
    message: "lib/queries reads through lib/db and the pure core and returns lib/models types.",
  },
  {
    from: { element: { type: "services" } },
    disallow: only("queries", "http", "app", "components"),
    message: "lib/services writes through lib/db and the pure core; HTTP and pages stay outside.",
  },
  {
    from: { element: { type: "db" } },
    disallow: only("queries", "services", "http", "app", "components"),
    message: "lib/db is Prisma only: it may use lib/models types, never the layers above it.",
  },
  {
    from: { element: { type: "core" } },
    disallow: only("db", "queries", "services", "http", "app", "components"),
    message: "The pure core (lib/milestones, lib/earnings) imports no database, HTTP, page or component.",
  },
  {
    from: { element: { type: "models" } },
    disallow: only("db", "queries", "services", "http", "app", "components"),
    message: "lib/models holds plain domain types and constants: it imports no layer.",
  },
  {
    from: { element: { type: ["http", "lib"] } },
    disallow: only("app", "components"),
    message: "lib/ never imports app/ or components/.",
  },
];

/** Packages the pure core must not import: frameworks, the database and Node's runtime. */
const CORE_FORBIDDEN_PACKAGES = [
  "next",
  "next/*",
  "next-auth",
  "next-auth/*",
  "react",
  "react/*",
  "react-dom",
  "react-dom/*",
  "@prisma/*",
  "pg",
  "pg-boss",
  "node:*",
];

/** The pure core has no clock: "today" and "now" are parameters. */
const CORE_CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "No clock in the pure core: pass today in.",
  },
  { selector: "CallExpression[callee.name='Date']", message: "No clock in the pure core: pass today in." },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: "No clock in the pure core: pass today in.",
  },
];

const layers = [
  {
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": ELEMENTS,
      "boundaries/include": ["app/**", "components/**", "lib/**"],
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "allow", policies: POLICIES }],
    },
  },
  {
    files: ["lib/milestones/**", "lib/earnings/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: CORE_FORBIDDEN_PACKAGES,
              message: "The pure core imports no framework, database or runtime: pass values in.",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...CORE_CLOCK],
    },
  },
];

export default layers;
