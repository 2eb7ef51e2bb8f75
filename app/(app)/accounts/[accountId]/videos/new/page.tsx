import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { dayIn } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { VideoForm } from "@/components/videos/video-form";
import { PageHeader } from "@/components/ui/page-header";
import { createVideoAction } from "../actions";

export const metadata: Metadata = { title: "Add video" };

export default async function NewVideoPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const account = await orNotFound(getAccount(user.id, accountId));
  return (
    <div className="max-w-xl">
      <PageHeader title="Add video" back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }} />
      <VideoForm action={createVideoAction} accountId={account.id} today={dayIn(account.timeZone, new Date())} />
    </div>
  );
}
