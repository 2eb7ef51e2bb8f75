// The public unsubscribe pages (no sign-in, no app shell): a confirm step on GET, since link scanners open
// links; the answer to the POST, which also serves RFC 8058 one-click; and the refusal of a bad link.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Milepost</title>
<style>
  body { margin: 0; font-family: ui-sans-serif, system-ui, sans-serif; background: #f8fafc; color: #0f172a; }
  main { max-width: 32rem; margin: 3rem auto; padding: 1.5rem; background: #fff; border: 1px solid #e2e8f0; border-radius: .5rem; }
  h1 { font-size: 1.375rem; margin: 0 0 .75rem; }
  p { line-height: 1.5; }
  button { font: inherit; font-weight: 600; color: #fff; background: #4338ca; border: 0; border-radius: .375rem; padding: .5rem 1rem; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 2px solid #4338ca; outline-offset: 2px; }
  a { color: #3730a3; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

const manage = `<p><a href="/settings/notifications">Manage all notification settings</a> (after signing in).</p>`;

export function unsubscribeConfirmHtml(label: string, action: string): string {
  return page(
    "Unsubscribe",
    `<h1>Stop e-mails about ${escapeHtml(label.toLowerCase())}?</h1>
<p>You will still see these notices in the app. You can turn the e-mails on again in your notification settings.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>
${manage}`,
  );
}

export function unsubscribedHtml(label: string): string {
  return page(
    "Unsubscribed",
    `<h1>You are unsubscribed</h1>\n<p>No more e-mails about ${escapeHtml(label.toLowerCase())}.</p>\n${manage}`,
  );
}

export function invalidUnsubscribeHtml(): string {
  return page(
    "Link not valid",
    `<h1>This unsubscribe link is not valid</h1>\n<p>It may have been cut short or changed. Nothing was changed. Copy the whole link from the e-mail, or sign in and turn e-mails off in your notification settings.</p>\n${manage}`,
  );
}
