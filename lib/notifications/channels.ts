// Sending: e-mail through SMTP (nodemailer) and webhooks over HTTP(S), pinned to the address that was checked.
import http from "node:http";
import https from "node:https";
import nodemailer, { type Transporter } from "nodemailer";
import type { EmailMessage } from "./messages";
import { SIGNATURE_HEADER, signWebhook } from "./signature";
import { resolveWebhookTarget } from "./webhook-target";

const transports = new Map<string, Transporter>();

export async function sendEmail(
  smtpUrl: string,
  from: string,
  message: EmailMessage,
  timeoutMs: number,
): Promise<void> {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    transports.set(smtpUrl, transport);
  }
  await transport.sendMail({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(message.unsubscribeUrl
      ? {
          headers: {
            "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        }
      : {}),
  });
}

export interface WebhookRequest {
  url: string;
  secret: string;
  body: string;
  idempotencyKey: string;
  event: string;
}

/** POSTs the body; resolves on a 2xx answer, rejects with a short reason otherwise. Redirects are not followed. */
export async function postWebhook(request: WebhookRequest, timeoutMs: number): Promise<number> {
  const target = await resolveWebhookTarget(request.url);
  if (!target.ok) throw new Error(target.message);
  const headers = {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(request.body)),
    "User-Agent": "Milepost-Webhook/1",
    "Idempotency-Key": request.idempotencyKey,
    "X-Milepost-Event": request.event,
    [SIGNATURE_HEADER]: signWebhook(request.secret, request.body, Math.floor(Date.now() / 1000)),
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise<number>((resolve, reject) => {
    const req = client.request(
      target.url,
      {
        method: "POST",
        headers,
        timeout: timeoutMs,
        // The checked address, whatever the name resolves to now.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all)
            (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
              { address: target.address, family: target.family },
            ]);
          else (callback as (e: null, a: string, f: number) => void)(null, target.address, target.family);
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(status);
          else
            reject(
              new Error(
                `The receiver answered HTTP ${status}${status >= 300 && status < 400 ? " (redirects are not followed)" : ""}`,
              ),
            );
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`No answer within ${Math.round(timeoutMs / 1000)} s`)));
    req.on("error", (error) => reject(error));
    req.end(request.body);
  });
}
