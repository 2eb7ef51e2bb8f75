// How a receiver checks that a webhook came from Milepost, and how it ignores a retry it already handled.
const EXAMPLE = `import { createHmac, timingSafeEqual } from "node:crypto";

// header: the X-Milepost-Signature value; body: the raw request body, as received
function fromMilepost(secret, header, body) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  const age = Math.abs(Date.now() / 1000 - Number(parts.t));
  const expected = createHmac("sha256", secret).update(\`\${parts.t}.\${body}\`).digest("hex");
  return age <= 300 && expected.length === parts.v1?.length
    && timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
}`;

export function SignatureHelp() {
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
      <summary className="cursor-pointer font-medium text-slate-900">How to verify a webhook</summary>
      <div className="mt-2 space-y-2">
        <p>
          Every request carries{" "}
          <code className="font-mono text-xs">X-Milepost-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>, where{" "}
          <code className="font-mono text-xs">v1</code> is the HMAC-SHA256, keyed with your signing secret, of{" "}
          <code className="font-mono text-xs">&lt;t&gt;.&lt;raw body&gt;</code>. Recompute it, compare in constant time,
          and refuse a <code className="font-mono text-xs">t</code> more than five minutes old.
        </p>
        <p>
          The <code className="font-mono text-xs">Idempotency-Key</code> header stays the same when a delivery is
          retried: if you have already handled a key, answer 2xx and do nothing else. Any answer other than 2xx is
          retried with backoff for up to a day.
        </p>
        <pre
          className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
          tabIndex={0}
          aria-label="Example in Node.js"
        >
          <code>{EXAMPLE}</code>
        </pre>
      </div>
    </details>
  );
}
