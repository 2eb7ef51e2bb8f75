// One-click unsubscribe from one kind of e-mail (public: the signed link is the proof). GET only asks: mail
// scanners open links. POST (the confirm button, or a mail client's RFC 8058 "List-Unsubscribe=One-Click") does it.
import type { NextRequest } from "next/server";
import { readUnsubscribeLink } from "@/lib/queries/unsubscribe-link";
import { unsubscribeEmail } from "@/lib/services/manage-notification-settings";
import {
  invalidUnsubscribeHtml,
  unsubscribeConfirmHtml,
  unsubscribedHtml,
} from "@/components/notification-settings/unsubscribe-html";

export const dynamic = "force-dynamic";

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const target = await readUnsubscribeLink(params);
  if (!target) return html(invalidUnsubscribeHtml(), 400);
  return html(unsubscribeConfirmHtml(target.label, `/unsubscribe?${params}`));
}

export async function POST(request: NextRequest) {
  const target = await unsubscribeEmail(request.nextUrl.searchParams);
  if (!target) return html(invalidUnsubscribeHtml(), 400);
  return html(unsubscribedHtml(target.label));
}
