import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { TikTokImportForm } from "@/components/imports/tiktok-import-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Import from TikTok" };

export default async function ImportPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const account = await orNotFound(getAccount(user.id, accountId));
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Import from TikTok"
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description="In TikTok Studio, choose Download data and upload what it gives you. You see what will be created or changed before anything is written; the import then runs all at once or not at all. Milestones it finds are recorded quietly, with one summary notice."
      />
      <TikTokImportForm accountId={account.id} />
    </div>
  );
}
