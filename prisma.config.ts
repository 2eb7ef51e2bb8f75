import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `generate`; migrations run through scripts/db-migrate.ts
// (the WebAssembly schema engine), so no URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
