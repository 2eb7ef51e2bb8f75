// npm run worker — delivers notifications (e-mail, webhooks) from the queue in PostgreSQL, and collects connected
// accounts once a day (lib/collection). `npm start` runs one beside the app (and starts it again when it dies); run
// more for larger setups (each job is taken by one worker only). Needs DATABASE_URL (else the embedded database: the
// one `npm start` runs, or its own, as npm start would). SIGINT/SIGTERM: finishes the work under way, then exits.
import { resolveDatabase } from "./lib/database.ts";
import { describeFailure } from "./lib/failure.ts";

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url; // before the app's Prisma client is first used
const { startWorker, workerConfigFromEnv } = await import("@/lib/notifications/worker");
const { startCollectionWorker } = await import("@/lib/collection/worker");
const { sealLegacyWebhookSecrets } = await import("@/lib/secrets/rotate");
// Webhook secrets stored before they were encrypted are sealed now (they keep signing the same either way); a failure
// here (a key that cannot be read) is reported and the worker starts anyway, each delivery saying what is wrong.
await sealLegacyWebhookSecrets().then(
  ({ webhooks }) => {
    if (webhooks.resealed)
      console.log(`[worker] encrypted ${webhooks.resealed} webhook signing secret(s) stored in plain text`);
  },
  (error: unknown) => console.error(`[worker] could not encrypt stored webhook secrets: ${describeFailure(error)}`),
);
const config = workerConfigFromEnv();
const worker = await startWorker(config, (line) => console.log(`[worker] ${line}`)).catch(async (error: unknown) => {
  console.error(`[worker] could not start: ${describeFailure(error)}`);
  await db.stop();
  process.exit(1);
});
const collection = await startCollectionWorker(config.databaseUrl, (line) => console.log(`[worker] ${line}`)).catch(
  async (error: unknown) => {
    console.error(`[worker] could not start collecting: ${describeFailure(error)}`);
    await worker.stop();
    await db.stop();
    process.exit(1);
  },
);
console.log(
  `[worker] delivering notifications (${config.concurrency} at a time; e-mail ${config.smtpUrl ? "by SMTP" : "kept in the outbox: SMTP_URL is not set"})`,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([worker.stop(), collection.stop()])
      .then(async () => {
        const { prisma } = await import("@/lib/db/client");
        await prisma.$disconnect();
        await db.stop();
      })
      .finally(() => process.exit(0));
  });
}
