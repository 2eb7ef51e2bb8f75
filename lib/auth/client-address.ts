// Which client a request comes from, for sign-in throttling. The TCP peer's address is the only one a client cannot
// choose: Next.js's server passes a client's own X-Forwarded-For through untouched (it only fills the header in when
// it is missing), so that header counts only when MILEPOST_TRUSTED_PROXIES says which peers are proxies of yours.
// The peer's address reaches route handlers and actions in PEER_ADDRESS_HEADER (see peer-address.ts).
import ipaddr from "ipaddr.js";
import { trustedProxies } from "@/lib/config";

/** Set on every request by the server itself (a client's own value under this name is overwritten). */
export const PEER_ADDRESS_HEADER = "x-milepost-peer-address";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
export type IsTrusted = (address: Address) => boolean;
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["loopback"],
  private: ["private", "uniqueLocal", "linkLocal", "loopback"],
};

/**
 * MILEPOST_TRUSTED_PROXIES: comma-separated addresses and CIDR ranges ("10.0.0.0/8, 2001:db8::/32"), or the names
 * `loopback` (127.0.0.0/8 and ::1) and `private` (loopback, 10/8, 172.16/12, 192.168/16, fc00::/7, link-local).
 * Empty or unset: no proxy is trusted and the peer's address is the client's.
 */
export function parseTrustedProxies(value: string | undefined): IsTrusted {
  const ranges: [Address, number][] = [];
  const names = new Set<string>();
  for (const entry of (value ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)) {
    if (entry in NAMED_RANGES) for (const name of NAMED_RANGES[entry]!) names.add(name);
    else if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else
      throw new Error(`MILEPOST_TRUSTED_PROXIES: "${entry}" is not an address, a CIDR range, "loopback" or "private".`);
  }
  return (address) =>
    names.has(address.range()) ||
    ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));
}

let fromEnvironment: { value: string | undefined; isTrusted: IsTrusted } | undefined;
function trustedFromEnvironment(): IsTrusted {
  const value = trustedProxies();
  if (!fromEnvironment || fromEnvironment.value !== value)
    fromEnvironment = { value, isTrusted: parseTrustedProxies(value) };
  return fromEnvironment.isTrusted;
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const parse = (text: string): Address | null => (ipaddr.isValid(text) ? ipaddr.process(text) : null);

let warnedNoPeer = false;

/**
 * The client's address: the peer's, or, when the peer is a trusted proxy, the nearest address in X-Forwarded-For
 * that is not a trusted proxy (walking from the right, where each proxy appends the address it saw). IPv4-mapped
 * IPv6 addresses come out as IPv4. A forwarded entry that is not an address is returned as it is (trimmed).
 */
export function clientAddress(headers: HeaderSource, isTrusted: IsTrusted = trustedFromEnvironment()): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  let peer = header(headers, PEER_ADDRESS_HEADER);
  if (!peer) {
    // Only when instrumentation.ts did not run: Next.js put the socket's address in X-Forwarded-For unless the
    // client sent one, so the last entry is the best there is.
    if (!warnedNoPeer)
      console.warn(
        `Sign-in throttling: no ${PEER_ADDRESS_HEADER} header (instrumentation.ts not loaded?); using X-Forwarded-For.`,
      );
    warnedNoPeer = true;
    peer = forwarded.pop() ?? "unknown";
  }
  const hops = [...forwarded, peer];
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = parse(hops[i]!);
    if (!address) return hops[i]!.slice(0, 100);
    if (i === 0 || !isTrusted(address)) return address.toString();
  }
  return "unknown";
}

/** The throttling key of an address: an IPv6 client usually holds a whole /64, so it counts as one. */
export function addressBucket(address: string): string {
  const parsed = parse(address);
  if (!parsed || parsed.kind() === "ipv4") return address;
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
