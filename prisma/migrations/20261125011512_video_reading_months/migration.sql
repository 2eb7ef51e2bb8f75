-- Video readings move from one row per reading to one row per video and calendar month (arrays indexed by the
-- day of the month, NULL where there is no reading): see VideoReadingMonth in schema.prisma.

-- CreateTable
CREATE TABLE "video_reading_months" (
    "video_id" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "views" BIGINT[],
    "likes" BIGINT[],
    "comments" BIGINT[],
    "shares" BIGINT[],
    "saves" BIGINT[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "video_reading_months_pkey" PRIMARY KEY ("video_id","month")
);

-- AddForeignKey
ALTER TABLE "video_reading_months" ADD CONSTRAINT "video_reading_months_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing reading moves into its month's row (31 elements, the days a month lacks stay NULL).
INSERT INTO "video_reading_months" ("video_id", "month", "views", "likes", "comments", "shares", "saves", "updated_at")
SELECT k.video_id, k.month,
       array_agg(s.views ORDER BY g.d), array_agg(s.likes ORDER BY g.d), array_agg(s.comments ORDER BY g.d),
       array_agg(s.shares ORDER BY g.d), array_agg(s.saves ORDER BY g.d), max(s.updated_at)
FROM (SELECT DISTINCT video_id, date_trunc('month', day)::date AS month FROM "video_snapshots") k
CROSS JOIN generate_series(1, 31) AS g(d)
LEFT JOIN "video_snapshots" s ON s.video_id = k.video_id AND s.day = k.month + (g.d - 1) AND date_trunc('month', s.day) = k.month
GROUP BY k.video_id, k.month;

-- DropTable
DROP TABLE "video_snapshots";

-- One row per reading, for reads of a few videos (filters on video_id and month use the primary key).
CREATE VIEW "video_snapshots" AS
SELECT m.video_id, m.month, (m.month + (d.i - 1))::date AS day, m.views[d.i] AS views, m.likes[d.i] AS likes,
       m.comments[d.i] AS comments, m.shares[d.i] AS shares, m.saves[d.i] AS saves
FROM "video_reading_months" m CROSS JOIN generate_series(1, 31) AS d(i)
WHERE m.views[d.i] IS NOT NULL;

-- Element-wise COALESCE of two months of one figure: the incoming reading's figure where it has one, else the stored.
CREATE FUNCTION merge_readings(incoming BIGINT[], stored BIGINT[]) RETURNS BIGINT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT COALESCE(incoming[i], stored[i]) FROM generate_series(1, 31) AS i)
$$;

-- Element-wise: where `days` (the incoming views) has a reading, the incoming figure (NULL included), else the stored.
CREATE FUNCTION replace_readings(days BIGINT[], incoming BIGINT[], stored BIGINT[]) RETURNS BIGINT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT CASE WHEN days[i] IS NULL THEN stored[i] ELSE incoming[i] END FROM generate_series(1, 31) AS i)
$$;
