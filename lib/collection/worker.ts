// The collection side of the worker: a tick that enqueues the connections due, and job loops that collect them.
// A worker killed mid-collection wrote nothing (a run writes in one transaction at its end); its job expires after
// MILEPOST_COLLECT_TIMEOUT_SECONDS and is run again, which marks the old run "interrupted" and completes.
import PgBoss from "pg-boss";
import { collectionSettings } from "@/lib/config";
import { AppError } from "@/lib/errors/app-error";
import { collectAccount, COLLECTION_QUEUE, type CollectionJob } from "@/lib/services/collect-account";
import { enqueueDueCollections } from "./scheduler";

export interface CollectionWorker {
  stop(): Promise<void>;
}

export async function startCollectionWorker(
  databaseUrl: string,
  log: (line: string) => void = () => {},
): Promise<CollectionWorker> {
  const settings = collectionSettings();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: settings.concurrency + 2,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, settings.runTimeoutSeconds)),
    migrate: false,
  });
  boss.on("error", (error) => log(`collection queue error: ${error.message}`));
  await boss.start();
  for (let i = 0; i < settings.concurrency; i++) {
    let loop = "";
    loop = await boss.work<CollectionJob>(
      COLLECTION_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (!job) return;
        // After a job the loop fetches the next at once, not a polling interval after the last fetch began: else each
        // loop collects at most one account a second, whatever a run takes. An empty queue still waits the interval.
        boss.notifyWorker(loop);
        const { creatorId, accountId, trigger, runId } = job.data;
        const outcome = await collectAccount(creatorId, accountId, { trigger, runId }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === "NOT_FOUND") return null; // disconnected meanwhile
          throw error;
        });
        if (outcome)
          log(
            `collection of ${accountId} (${trigger}): ${outcome.status}${outcome.error ? ` (${outcome.error})` : ""}`,
          );
      },
    );
  }
  let ticking: Promise<void> = Promise.resolve();
  const tick = () => {
    ticking = enqueueDueCollections()
      .then((count) => {
        if (count) log(`enqueued ${count} collection${count === 1 ? "" : "s"} due`);
      })
      .catch((error: unknown) =>
        log(`collection tick failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  const timer = setInterval(tick, settings.tickMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await ticking;
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
