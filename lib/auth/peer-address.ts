// Puts the TCP peer's address of every incoming HTTP request into PEER_ADDRESS_HEADER, before Next.js sees the
// request, so route handlers, next-auth's authorize() and server actions can read it (Next.js 16 gives them headers
// only, and the X-Forwarded-For it fills in keeps whatever a client sent). Node's "http.server.request.start"
// diagnostics channel is published synchronously right before the server's "request" event. instrumentation.ts
// installs this once in the Node.js server.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "./client-address";

let installed = false;

function stamp(message: unknown): void {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket };
  // Always overwritten: a value a client sent under this name never survives.
  request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
}

export function stampPeerAddresses(): void {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", stamp);
}
