// Opening a notice from the list: it is marked read, then the browser goes on to its timeline event.
// Only plain links lead here (never a prefetching <Link>), so only a click reads a notice.
// Another creator's (or a missing) notice is the app's 404 page.
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/or-not-found";
import { openNotice } from "@/lib/services/read-notices";
import { noticeRefSchema } from "@/lib/validation/notices";

export const dynamic = "force-dynamic";

export default async function OpenNoticePage({ params }: { params: Promise<{ noticeId: string }> }) {
  const user = await requireUser();
  const parsed = noticeRefSchema.safeParse(await params);
  if (!parsed.success) notFound();
  redirect(await orNotFound(openNotice(user.id, parsed.data.noticeId)));
}
