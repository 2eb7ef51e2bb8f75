// Where a webhook may go: http(s) only, and only to a public unicast address (no SSRF into this machine, a private
// network, a transition mechanism or a range reserved for something else) unless the operator allows private ones
// (MILEPOST_ALLOW_PRIVATE_WEBHOOKS=1, for self-hosters and tests). The address is resolved once and the request is
// pinned to it, so a name cannot resolve to a public address for the check and a private one after. A delivery
// resolves and checks again before each attempt (channels.ts postWebhook), so the rule holds then too.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { privateWebhooksAllowed } from "@/lib/config";

// IPv4: ipaddr.js names every block of the IANA IPv4 Special-Purpose Address Registry (RFC 6890) — unspecified,
// private, loopback, link-local, carrier-grade NAT, the IETF and documentation blocks, benchmarking, AS112, AMT, the
// 6to4 relay, multicast, reserved, broadcast — so a public address is one whose range() is "unicast".
//
// IPv6: only global unicast, 2000::/3 (RFC 4291 §2.4, IANA IPv6 Global Unicast Address Assignments), whose range()
// is "unicast". Outside 2000::/3 lie the unspecified and loopback addresses, the IPv4-compatible ::/96 (deprecated by
// RFC 4291 §2.5.5.1) and the IPv4-translated ::ffff:0:0:0/96 (RFC 6145), NAT64's 64:ff9b::/96 and 64:ff9b:1::/48
// (RFC 6052, 8215), discard 100::/64 (RFC 6666) and the dummy prefix 100:0:0:1::/64 (RFC 9780, which ipaddr.js does
// not name), segment routing 5f00::/16 (RFC 9602), unique local fc00::/7, link-local fe80::/10, site-local
// fec0::/10 (RFC 3879) and multicast. Inside it, ipaddr.js names every block of the IANA IPv6 Special-Purpose
// Address Registry: the IETF protocol assignments 2001::/23 with Teredo 2001::/32, benchmarking 2001:2::/48, AMT,
// AS112 and the ORCHIDs; documentation 2001:db8::/32 (RFC 3849) and 3fff::/20 (RFC 9637); 6to4 2002::/16.
// So an IPv4 address tucked into an IPv6 one (compatible, translated, NAT64, 6to4, Teredo) is refused whole, whatever
// it is; only an IPv4-mapped address (::ffff:a.b.c.d) is judged as the IPv4 address it is.
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");

/**
 * An IPv6 address as a URL writes it, in hex only ("::808:808"): ipaddr.js 2.5 reads the deprecated dotted form of an
 * IPv4-compatible address ("::8.8.8.8", as a resolver may print one) as IPv4-mapped. Null for a zone id ("%eth0").
 */
function canonicalIPv6(address: string): string | null {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
}

/** Whether a webhook may be sent to this address (as a URL or a resolver writes it): public unicast only. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  const text = family === 6 ? canonicalIPv6(address) : family === 4 ? address : null;
  if (text === null || !ipaddr.isValid(text)) return false;
  const ip = ipaddr.process(text); // ::ffff:a.b.c.d → a.b.c.d
  if (ip instanceof ipaddr.IPv4) return ip.range() === "unicast";
  return ip.match(GLOBAL_UNICAST) && ip.range() === "unicast";
}

export type WebhookTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; message: string };

/** Checks a URL and resolves the address a request to it must use. */
export async function resolveWebhookTarget(
  raw: string,
  allowPrivate = privateWebhooksAllowed(),
): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "Enter a full URL, starting with https://" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, message: "Only http:// and https:// URLs can receive webhooks." };
  if (url.username || url.password) return { ok: false, message: "Put credentials in the receiver, not in the URL." };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    return { ok: false, message: `${host} could not be found.` };
  }
  if (!addresses.length) return { ok: false, message: `${host} could not be found.` };
  if (!allowPrivate && !addresses.every((a) => isPublicAddress(a.address))) {
    return { ok: false, message: `${host} is a private or local address; webhooks go to public servers only.` };
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
