-- CreateTable
CREATE TABLE "milestone_crossings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "account_id" TEXT NOT NULL,
    "rule_key" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "value" BIGINT NOT NULL,
    "reached_by" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestone_crossings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone_state_changes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "account_id" TEXT NOT NULL,
    "rule_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestone_state_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goals" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "video_id" TEXT,
    "threshold" BIGINT NOT NULL,
    "target_day" DATE,
    "label" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_video_days" (
    "account_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "gains" BIGINT NOT NULL,
    "readings" INTEGER NOT NULL,

    CONSTRAINT "account_video_days_pkey" PRIMARY KEY ("account_id","day")
);

-- CreateIndex
CREATE INDEX "milestone_crossings_account_id_day_idx" ON "milestone_crossings"("account_id", "day");

-- CreateIndex
CREATE INDEX "milestone_crossings_account_id_subject_type_subject_id_idx" ON "milestone_crossings"("account_id", "subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "milestone_crossings_account_id_rule_key_day_idx" ON "milestone_crossings"("account_id", "rule_key", "day");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_crossings_account_id_rule_key_subject_type_subjec_key" ON "milestone_crossings"("account_id", "rule_key", "subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "milestone_state_changes_account_id_day_idx" ON "milestone_state_changes"("account_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_state_changes_account_id_rule_key_day_key" ON "milestone_state_changes"("account_id", "rule_key", "day");

-- CreateIndex
CREATE INDEX "goals_account_id_idx" ON "goals"("account_id");

-- CreateIndex
CREATE INDEX "goals_video_id_idx" ON "goals"("video_id");

-- AddForeignKey
ALTER TABLE "milestone_crossings" ADD CONSTRAINT "milestone_crossings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_state_changes" ADD CONSTRAINT "milestone_state_changes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_video_days" ADD CONSTRAINT "account_video_days_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
