-- CreateEnum
CREATE TYPE "IncomeStream" AS ENUM ('live_gifts', 'brand_deal', 'affiliate', 'other');

-- CreateTable
CREATE TABLE "earnings_settings" (
    "account_id" TEXT NOT NULL,
    "creator_fund_low" BIGINT NOT NULL,
    "creator_fund_high" BIGINT NOT NULL,
    "sponsorships_low" BIGINT NOT NULL,
    "sponsorships_high" BIGINT NOT NULL,
    "affiliate_low" BIGINT NOT NULL,
    "affiliate_high" BIGINT NOT NULL,
    "enrolled_creator_fund" BOOLEAN NOT NULL,
    "sponsorships" BOOLEAN NOT NULL,
    "affiliate" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "earnings_settings_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "logged_income" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "stream" "IncomeStream" NOT NULL,
    "amount" BIGINT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "logged_income_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "logged_income_account_id_day_idx" ON "logged_income"("account_id", "day");

-- AddForeignKey
ALTER TABLE "earnings_settings" ADD CONSTRAINT "earnings_settings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "logged_income" ADD CONSTRAINT "logged_income_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
