-- CreateEnum
CREATE TYPE "ReadingSource" AS ENUM ('typed', 'imported', 'api', 'collected');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('active', 'needs_reconnecting');

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'connection';

-- AlterTable
ALTER TABLE "account_snapshots" ADD COLUMN     "replaced_followers" BIGINT,
ADD COLUMN     "replaced_source" "ReadingSource",
ADD COLUMN     "source" "ReadingSource";

-- AlterTable
ALTER TABLE "video_reading_months" ADD COLUMN     "replaced_sources" SMALLINT[],
ADD COLUMN     "sources" SMALLINT[];

-- CreateTable
CREATE TABLE "platform_connections" (
    "id" TEXT NOT NULL,
    "creator_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "external_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "scopes" TEXT[],
    "access_token" TEXT NOT NULL,
    "access_token_expires_at" TIMESTAMP(3) NOT NULL,
    "refresh_token" TEXT NOT NULL,
    "refresh_token_expires_at" TIMESTAMP(3) NOT NULL,
    "status" "ConnectionStatus" NOT NULL DEFAULT 'active',
    "collect_hour" INTEGER NOT NULL DEFAULT 22,
    "collect_offset_seconds" INTEGER NOT NULL,
    "next_run_at" TIMESTAMP(3),
    "last_collected_at" TIMESTAMP(3),
    "last_error" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "connected_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "platform_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collection_runs" (
    "id" TEXT NOT NULL,
    "creator_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "video_total" INTEGER,
    "videos" INTEGER,
    "videos_created" INTEGER,
    "followers" BIGINT,
    "error" TEXT,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "collection_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "platform_connections_account_id_key" ON "platform_connections"("account_id");

-- CreateIndex
CREATE INDEX "platform_connections_creator_id_idx" ON "platform_connections"("creator_id");

-- CreateIndex
CREATE INDEX "platform_connections_status_next_run_at_idx" ON "platform_connections"("status", "next_run_at");

-- CreateIndex
CREATE UNIQUE INDEX "platform_connections_platform_external_id_key" ON "platform_connections"("platform", "external_id");

-- CreateIndex
CREATE INDEX "collection_runs_account_id_started_at_idx" ON "collection_runs"("account_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "collection_runs_status_started_at_idx" ON "collection_runs"("status", "started_at");

-- AddForeignKey
ALTER TABLE "platform_connections" ADD CONSTRAINT "platform_connections_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_connections" ADD CONSTRAINT "platform_connections_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Element-wise COALESCE of the sources' codes, as merge_readings is for the figures.
CREATE FUNCTION merge_sources(incoming SMALLINT[], stored SMALLINT[]) RETURNS SMALLINT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT COALESCE(incoming[i], stored[i]) FROM generate_series(1, 31) AS i)
$$;

-- Element-wise: the mark of what a day's incoming reading replaced. Where an incoming reading meets a stored reading
-- of another known source, that source. Elsewhere the stored mark stays (a reading that replaced a typed one and is
-- then collected again still says so).
CREATE FUNCTION replaced_sources(incoming_views BIGINT[], incoming SMALLINT[], stored_views BIGINT[], stored SMALLINT[], marks SMALLINT[]) RETURNS SMALLINT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT CASE
    WHEN incoming_views[i] IS NOT NULL AND stored_views[i] IS NOT NULL AND incoming[i] IS NOT NULL AND stored[i] IS NOT NULL
         AND incoming[i] <> stored[i] THEN stored[i]
    ELSE marks[i] END FROM generate_series(1, 31) AS i)
$$;

-- The one-row-per-reading view gains where each reading came from (the codes' names, as the ReadingSource enum).
CREATE OR REPLACE VIEW "video_snapshots" AS
SELECT m.video_id, m.month, (m.month + (d.i - 1))::date AS day, m.views[d.i] AS views, m.likes[d.i] AS likes,
       m.comments[d.i] AS comments, m.shares[d.i] AS shares, m.saves[d.i] AS saves,
       (ARRAY['typed', 'imported', 'api', 'collected'])[m.sources[d.i]] AS source,
       (ARRAY['typed', 'imported', 'api', 'collected'])[m.replaced_sources[d.i]] AS replaced_source
FROM "video_reading_months" m CROSS JOIN generate_series(1, 31) AS d(i)
WHERE m.views[d.i] IS NOT NULL;
