// Where a webhook may go: public unicast addresses only, whichever way the URL writes them, with the checked address
// pinned; MILEPOST_ALLOW_PRIVATE_WEBHOOKS=1 lifts the rule; a delivery checks again before each attempt.
import { afterEach, describe, expect, test } from "vitest";
import { postWebhook } from "@/lib/notifications/channels";
import { isPublicAddress, resolveWebhookTarget } from "@/lib/notifications/webhook-target";

const PRIVATE = "is a private or local address; webhooks go to public servers only.";

// Refused before ipaddr.js classified addresses (each checked against 5ddb76f's BlockList), and still refused.
const REFUSED_BEFORE = [
  // IPv4 loopback, written every way a URL parser accepts: dotted, decimal, hex, octal, short forms, a trailing dot.
  "http://127.0.0.1:9/hook",
  "http://127.0.0.2/h",
  "http://127.255.255.254/h",
  "http://2130706433/h",
  "http://0x7f000001/h",
  "http://017700000001/h",
  "http://0177.0.0.1/h",
  "http://0x7f.0.0.1/h",
  "http://0x7f.1/h",
  "http://127.1/h",
  "http://127.0.1/h",
  "https://127.0.0.1./h",
  "http://localhost:9/hook",
  // "This network", private, shared (CGNAT), link-local (cloud metadata), IETF, benchmarking, multicast, reserved, broadcast.
  "http://0.0.0.0/h",
  "http://0/h",
  "http://0.1.2.3/h",
  "http://10.1.2.3/hook",
  "http://012.1.2.3/h",
  "http://0xa010203/h",
  "http://172.16.0.1/h",
  "http://172.31.255.254/h",
  "http://192.168.0.1/h",
  "http://3232235521/h",
  "http://100.64.0.1/h",
  "http://100.127.255.254/h",
  "http://169.254.169.254/latest/meta-data/",
  "http://169.254.0.1/h",
  "http://192.0.0.8/h",
  "http://198.18.0.1/h",
  "http://198.19.255.254/h",
  "http://224.0.0.1/h",
  "http://239.255.255.250/h",
  "http://240.0.0.1/h",
  "http://255.255.255.255/h",
  // IPv6 loopback and unspecified, IPv4-mapped (dotted and hex), NAT64, unique local, link-local, multicast.
  "https://[::1]/hook",
  "http://[0:0:0:0:0:0:0:1]/h",
  "http://[::]/h",
  "http://[::ffff:127.0.0.1]/h",
  "http://[::ffff:7f00:1]/h",
  "http://[::ffff:10.0.0.1]/h",
  "http://[::ffff:169.254.169.254]/h",
  "http://[::ffff:192.168.1.1]/h",
  "http://[64:ff9b::127.0.0.1]/h",
  "http://[64:ff9b::a9fe:a9fe]/h",
  "http://[fc00::1]/h",
  "http://[fd12:3456:789a::1]/h",
  "http://[fe80::1]/h",
  "http://[febf::1]/h",
  "http://[ff02::1]/h",
  "http://[ff0e::1]/h",
];

// Accepted before (issue #11), refused now: not public unicast.
const REFUSED_NOW = [
  "http://[::127.0.0.1]:8766/h", // IPv4-compatible ::7f00:1 (::/96, deprecated)
  "http://[2002:7f00:1::]/h", // 6to4 of 127.0.0.1
  "http://[::ffff:0:7f00:1]/h", // IPv4-translated (RFC 6145)
  "http://[2001:db8::1]/h", // documentation
  "http://[fec0::1]/h", // site-local (deprecated)
  "http://[100::1]/h", // discard-only
  "http://198.51.100.1/h", // documentation (TEST-NET-2)
  "http://192.0.2.1/h", // documentation (TEST-NET-1)
  "http://203.0.113.5/h", // documentation (TEST-NET-3)
  "http://192.88.99.1/h", // 6to4 relay anycast (deprecated)
  "http://[::8.8.8.8]/h", // IPv4-compatible, even of a public address
  "http://[2002:808:808::1]/h", // 6to4, even of a public address
  "http://[2001::7f00:1]/h", // Teredo
  "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/h", // Teredo of 127.0.0.1 (client address stored inverted)
  "http://[64:ff9b:1::a00:1]/h", // local-use NAT64 (RFC 8215)
  "http://[64:ff9b::808:808]/h", // NAT64, even of a public address
  "http://[2001:2::1]/h", // benchmarking
  "http://[2001:10::1]/h", // ORCHID (deprecated)
  "http://[2001:20::1]/h", // ORCHIDv2
  "http://[3fff::1]/h", // documentation (RFC 9637)
  "http://[5f00::1]/h", // segment routing SIDs
  "http://[100:0:0:1::1]/h", // dummy prefix (RFC 9780)
];

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, "");

describe("webhook addresses", () => {
  test.each([...REFUSED_BEFORE, ...REFUSED_NOW])("%s is refused", async (url) => {
    expect(await resolveWebhookTarget(url, false)).toEqual({ ok: false, message: `${hostOf(url)} ${PRIVATE}` });
  });

  test.each([
    ["https://8.8.8.8/hook", "8.8.8.8", 4],
    ["https://1.1.1.1/hook", "1.1.1.1", 4],
    ["http://93.184.215.14:8080/h", "93.184.215.14", 4],
    ["http://100.128.0.1/h", "100.128.0.1", 4], // just past carrier-grade NAT
    ["http://172.32.0.1/h", "172.32.0.1", 4], // just past 172.16.0.0/12
    ["http://11.0.0.1/h", "11.0.0.1", 4],
    ["http://223.255.255.254/h", "223.255.255.254", 4],
    ["https://[2606:4700:4700::1111]/hook", "2606:4700:4700::1111", 6],
    ["https://[2001:4860:4860::8888]/hook", "2001:4860:4860::8888", 6],
    ["http://[2001:200::1]/h", "2001:200::1", 6], // just past the IETF's 2001::/23
    ["http://[2a00:1450:4001:82a::200e]/h", "2a00:1450:4001:82a::200e", 6],
    ["http://[::ffff:8.8.8.8]/h", "::ffff:808:808", 6], // IPv4-mapped: judged as 8.8.8.8
  ])("%s is accepted and pinned to %s", async (url, address, family) => {
    expect(await resolveWebhookTarget(url, false)).toMatchObject({ ok: true, address, family });
  });

  test.each([
    ["8.8.8.8", true],
    ["::ffff:8.8.8.8", true],
    ["2606:4700:4700::1111", true],
    ["127.0.0.1", false],
    ["::ffff:127.0.0.1", false],
    ["::127.0.0.1", false], // a resolver prints IPv4-compatible addresses dotted; ipaddr.js alone would read it as mapped
    ["::8.8.8.8", false],
    ["64:ff9b::127.0.0.1", false],
    ["2002:7f00:1::", false],
    ["fe80::1%eth0", false],
    ["not an address", false],
    ["", false],
  ])("isPublicAddress(%j) is %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  test("with MILEPOST_ALLOW_PRIVATE_WEBHOOKS=1 (allowPrivate) a private address is accepted and pinned; the scheme rule stays", async () => {
    expect(await resolveWebhookTarget("http://[::127.0.0.1]:8766/h", true)).toMatchObject({
      ok: true,
      address: "::7f00:1",
      family: 6,
    });
    expect(await resolveWebhookTarget("http://127.1:9/h", true)).toMatchObject({
      ok: true,
      address: "127.0.0.1",
      family: 4,
    });
    expect(await resolveWebhookTarget("ftp://127.0.0.1/h", true)).toEqual({
      ok: false,
      message: "Only http:// and https:// URLs can receive webhooks.",
    });
  });
});

describe("delivery", () => {
  const saved = process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
  afterEach(() => {
    if (saved === undefined) delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
    else process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = saved;
  });

  test.each(["http://198.51.100.1:9/h", "http://[2002:7f00:1::]:9/h", "http://[::127.0.0.1]:9/h"])(
    "a stored webhook to %s is refused again when a delivery is attempted, before any connection",
    async (url) => {
      delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
      const request = { url, secret: "whsec_x", body: "{}", idempotencyKey: "d1", event: "milestone" };
      await expect(postWebhook(request, 1_000)).rejects.toThrow(`${hostOf(url)} ${PRIVATE}`);
    },
  );
});
