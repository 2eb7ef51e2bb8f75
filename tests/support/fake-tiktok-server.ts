// The fake TikTok as a process of its own, for the e2e tests (the app and its worker reach it over HTTP):
//   npx tsx tests/support/fake-tiktok-server.ts <port>
// It listens on 127.0.0.1:<port> with the client key and secret of FAKE_TIKTOK_CLIENT_KEY / _SECRET (defaults below)
// and forwards TikTok's endpoints to a FakeTikTok. Tests steer it through JSON control endpoints under /__fake/:
//   GET  /__fake/health                      200 when it is up
//   POST /__fake/users {display_name, follower_count?, videos?}  → { open_id }
//   POST /__fake/users/<open_id> {follower_count}                 sets the user's counts
//   POST /__fake/users/<open_id>/expire                           their access tokens stop working
//   POST /__fake/users/<open_id>/revoke                           every token of theirs stops working
//   POST /__fake/fail {path, status?, times?}                     the next requests to path fail
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import { FakeTikTok } from "./fake-tiktok";
import { E2E_TIKTOK_CLIENT_KEY, E2E_TIKTOK_CLIENT_SECRET } from "./fake-tiktok-e2e";
import { readBody } from "./fake-tiktok-http";

class FixedFakeTikTok extends FakeTikTok {
  override readonly clientKey = process.env.FAKE_TIKTOK_CLIENT_KEY ?? E2E_TIKTOK_CLIENT_KEY;
  override readonly clientSecret = process.env.FAKE_TIKTOK_CLIENT_SECRET ?? E2E_TIKTOK_CLIENT_SECRET;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

async function control(fake: FakeTikTok, request: IncomingMessage, response: ServerResponse, path: string) {
  if (path === "/__fake/health") return send(response, 200, { ok: true });
  if (request.method !== "POST") return send(response, 405, { error: "POST" });
  const body = JSON.parse((await readBody(request)) || "{}") as Record<string, unknown>;
  if (path === "/__fake/users") {
    const user = fake.seedUser({
      display_name: typeof body.display_name === "string" ? body.display_name : undefined,
      follower_count: typeof body.follower_count === "number" ? body.follower_count : undefined,
      videos: typeof body.videos === "number" ? body.videos : 0,
    });
    return send(response, 201, { open_id: user.open_id });
  }
  if (path === "/__fake/fail") {
    fake.failNext(String(body.path), Number(body.status ?? 429), Number(body.times ?? 1));
    return send(response, 200, {});
  }
  const match = /^\/__fake\/users\/([^/]+)(?:\/(expire|revoke))?$/.exec(path);
  const user = match ? fake.users.get(decodeURIComponent(match[1]!)) : undefined;
  if (!match || !user) return send(response, 404, { error: "no such user or endpoint" });
  if (match[2] === "expire") fake.expireAccessTokensOf(user.open_id);
  else if (match[2] === "revoke") fake.revokeUser(user.open_id);
  else if (typeof body.follower_count === "number") user.follower_count = body.follower_count;
  send(response, 200, {});
}

async function main() {
  const port = Number(process.argv[2] ?? process.env.FAKE_TIKTOK_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error("Usage: fake-tiktok-server.ts <port>");
  const fake = await new FixedFakeTikTok().start();
  const inner = new URL(fake.url);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    if (path.startsWith("/__fake/")) {
      control(fake, request, response, path).catch((error: unknown) => send(response, 500, { error: String(error) }));
      return;
    }
    const upstream = forward(
      { host: inner.hostname, port: inner.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => send(response, 502, { error: "fake unreachable" }));
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  console.log(`Fake TikTok on http://127.0.0.1:${port}`);
  const stop = () => {
    server.close();
    void fake.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
