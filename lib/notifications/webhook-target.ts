// Where a webhook may go: http(s) only, and not to this machine or a private network (SSRF) unless the operator
// allows it (MILEPOST_ALLOW_PRIVATE_WEBHOOKS=1, for self-hosters and tests). The address is resolved once and the
// request is pinned to it, so a name cannot resolve to a public address for the check and a private one after.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) blocked.addSubnet(net, prefix, "ipv6");

export function privateWebhooksAllowed(): boolean {
  return process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS === "1";
}

/** Loopback, private, link-local, carrier-grade NAT, multicast or reserved (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  return blocked.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

export type WebhookTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; message: string };

/** Checks a URL and resolves the address a request to it must use. */
export async function resolveWebhookTarget(raw: string, allowPrivate = privateWebhooksAllowed()): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "Enter a full URL, starting with https://" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "Only http:// and https:// URLs can receive webhooks." };
  if (url.username || url.password) return { ok: false, message: "Put credentials in the receiver, not in the URL." };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    return { ok: false, message: `${host} could not be found.` };
  }
  if (!addresses.length) return { ok: false, message: `${host} could not be found.` };
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    return { ok: false, message: `${host} is a private or local address; webhooks go to public servers only.` };
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
