// What a notice says on each channel: an e-mail (plain text and HTML, with the timeline link and a one-click
// unsubscribe link for its category) and a webhook body (Milepost's JSON, or Slack/Discord-compatible text).
import { CATEGORY_LABELS, type NoticeCategory } from "./categories";

export interface NoticeContent {
  id: string;
  kind: "milestone" | "import_summary" | "delivery_failed" | "test" | "connection";
  eventKey: string;
  category: string | null;
  ruleKey: string | null;
  day: string | null;
  title: string;
  body: string;
  link: string; // a path of the app
  createdAt: Date;
  account: { id: string; handle: string } | null;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function emailMessage(
  notice: NoticeContent,
  to: string,
  baseUrl: string,
  unsubscribePath: string | null,
): EmailMessage {
  const link = new URL(notice.link, baseUrl).toString();
  const unsubscribeUrl = unsubscribePath ? new URL(unsubscribePath, baseUrl).toString() : null;
  const what = notice.category
    ? (CATEGORY_LABELS[notice.category as NoticeCategory] ?? notice.category).toLowerCase()
    : null;
  const footer =
    unsubscribeUrl && what
      ? `You get this because e-mails about ${what} are on. Stop them with one click: ${unsubscribeUrl}`
      : "";
  const text = [
    notice.title,
    "",
    notice.body,
    "",
    `See it on your timeline: ${link}`,
    ...(footer ? ["", "—", footer] : []),
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a">
<h1 style="font-size:18px">${escapeHtml(notice.title)}</h1>
<p>${escapeHtml(notice.body)}</p>
<p><a href="${escapeHtml(link)}">See it on your timeline</a></p>
${footer && unsubscribeUrl && what ? `<hr><p style="font-size:12px;color:#475569">You get this because e-mails about ${escapeHtml(what)} are on. <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe from these e-mails</a>.</p>` : ""}
</body></html>`;
  return { to, subject: notice.title, text, html, unsubscribeUrl };
}

/** Milepost's webhook JSON; `format: "chat"` gives `{ text, content }`, which Slack and Discord both display. */
export function webhookBody(notice: NoticeContent, baseUrl: string, format: string): string {
  const url = new URL(notice.link, baseUrl).toString();
  if (format === "chat") {
    const text = `${notice.title}\n${notice.body}\n${url}`;
    return JSON.stringify({ text, content: text });
  }
  return JSON.stringify({
    id: notice.id,
    type: notice.kind,
    event: notice.eventKey,
    category: notice.category,
    milestone: notice.ruleKey,
    day: notice.day,
    title: notice.title,
    body: notice.body,
    url,
    account: notice.account,
    createdAt: notice.createdAt.toISOString(),
  });
}
