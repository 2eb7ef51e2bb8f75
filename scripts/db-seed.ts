// npm run db:seed -- --email <e-mail> [--remove] — gives the creator with that e-mail the sample account
// (@sample.creator, six months of history), or removes it. DATABASE_URL, else the embedded database.
import { parseArgs } from "node:util";
import { resolveDatabase } from "./lib/database.ts";

const { values } = parseArgs({ options: { email: { type: "string" }, remove: { type: "boolean", default: false } } });
if (!values.email) {
  console.error("Usage: npm run db:seed -- --email <e-mail of a signed-up creator> [--remove]");
  process.exit(2);
}

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url; // before the app's Prisma client is first used
const { prisma } = await import("@/lib/db/client");
const { getCreatorCredentials } = await import("@/lib/db/creators");
const { createSampleAccount, removeSampleAccount } = await import("@/lib/services/sample-data");
try {
  const creator = await getCreatorCredentials(values.email.trim().toLowerCase());
  if (!creator) {
    console.error(`No creator signs in with ${values.email}. Sign up first.`);
    process.exitCode = 1;
  } else if (values.remove) {
    await removeSampleAccount(creator.id);
    console.log(`Removed the sample account of ${creator.email}.`);
  } else {
    const account = await createSampleAccount(creator.id);
    console.log(
      `${creator.email} has the sample account @${account.handle} (${account.id}). Open /dashboard to see it.`,
    );
  }
} finally {
  await prisma.$disconnect();
  await db.stop();
}
