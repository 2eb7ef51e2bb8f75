import { request as httpRequest, createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addressBucket, clientAddress, parseTrustedProxies, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { stampPeerAddresses } from "@/lib/auth/peer-address";

const none = parseTrustedProxies(undefined);
const headersOf = (peer: string, forwarded?: string) => ({
  [PEER_ADDRESS_HEADER]: peer,
  ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }),
});

describe("clientAddress", () => {
  test.each<[string, string, string, string | undefined, string]>([
    ["no proxy trusted: the peer, whatever X-Forwarded-For says", "", "203.0.113.7", "198.51.100.1", "203.0.113.7"],
    ["IPv4-mapped IPv6 peers come out as IPv4", "", "::ffff:127.0.0.1", undefined, "127.0.0.1"],
    ["IPv6 peers in their short form", "", "2001:0db8:0000:0000:0000:0000:0000:0001", undefined, "2001:db8::1"],
    ["a trusted proxy: the address it appended", "loopback", "127.0.0.1", "198.51.100.1", "198.51.100.1"],
    [
      "a trusted proxy: a client's own entries to the left are ignored",
      "loopback",
      "::1",
      "6.6.6.6, 198.51.100.1",
      "198.51.100.1",
    ],
    [
      "a chain of trusted proxies is walked from the right",
      "10.0.0.0/8, 127.0.0.1",
      "127.0.0.1",
      "6.6.6.6, 198.51.100.1, 10.1.2.3",
      "198.51.100.1",
    ],
    [
      "an untrusted peer is the client even with X-Forwarded-For",
      "10.0.0.0/8",
      "203.0.113.9",
      "198.51.100.1",
      "203.0.113.9",
    ],
    ["only trusted hops: the leftmost", "private", "10.0.0.1", "192.168.1.5", "192.168.1.5"],
    ["a trusted proxy without X-Forwarded-For: the proxy", "loopback", "127.0.0.1", undefined, "127.0.0.1"],
    ["single addresses are ranges of one", "198.51.100.2", "198.51.100.2", "203.0.113.4", "203.0.113.4"],
    ["an IPv6 range", "2001:db8::/32", "2001:db8::5", "203.0.113.4", "203.0.113.4"],
    [
      "a forwarded entry that is not an address is taken as it is",
      "loopback",
      "127.0.0.1",
      "not-an-address",
      "not-an-address",
    ],
  ])("%s", (_name, trusted, peer, forwarded, expected) => {
    expect(clientAddress(headersOf(peer, forwarded), parseTrustedProxies(trusted))).toBe(expected);
  });

  test("reads a Headers object as well as a plain one", () => {
    expect(clientAddress(new Headers(headersOf("203.0.113.7", "1.2.3.4")), none)).toBe("203.0.113.7");
  });

  test("a setting that is not an address, a range or a name is refused at once", () => {
    expect(() => parseTrustedProxies("loopback, proxy.internal")).toThrow(/proxy\.internal/);
  });
});

describe("addressBucket", () => {
  test.each([
    ["203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff::1", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not-an-address", "not-an-address"],
  ])("%s counts as %s", (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});

describe("the peer address stamp", () => {
  // A real HTTP server with the stamp installed, as instrumentation.ts installs it in the Next.js server.
  let port = 0;
  let seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.end();
  });
  beforeAll(async () => {
    stampPeerAddresses();
    await new Promise<void>((resolve) => server.listen(0, "::", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(host: string, headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      httpRequest({ host, port, headers }, (res) => res.resume().on("end", resolve))
        .on("error", reject)
        .end();
    });
  }

  test("every request carries its socket's address, and a client cannot set it", async () => {
    seen = [];
    await get("127.0.0.1", { [PEER_ADDRESS_HEADER]: "203.0.113.66", "X-Forwarded-For": "203.0.113.66" });
    await get("::1", {});
    expect(seen.map((h) => clientAddress(h, none))).toEqual(["127.0.0.1", "::1"]);
    expect(seen[0]![PEER_ADDRESS_HEADER]).toBe("::ffff:127.0.0.1");
  });
});
