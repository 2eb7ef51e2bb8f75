-- Sign-in throttling moves from one counter per e-mail (which let anyone lock anyone out) to counters per client
-- address, per e-mail and address, and per e-mail. Old counters are dropped: they were at most 15 minutes old.
-- Sessions become rows that sign-out and password changes delete. Cookies issued before this migration name no
-- session row, so everyone signs in once more.
-- DropTable
DROP TABLE "sign_in_throttles";

-- CreateTable
CREATE TABLE "sign_in_failures" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "blocked_until" TIMESTAMP(3),

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "creator_id" TEXT NOT NULL,
    "user_agent" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_failures_window_start_idx" ON "sign_in_failures"("window_start");

-- CreateIndex
CREATE INDEX "sessions_creator_id_idx" ON "sessions"("creator_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;
