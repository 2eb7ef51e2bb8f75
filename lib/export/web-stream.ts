// A Node stream handed to a Response (which takes a web ReadableStream), read only when the response asks for more.
import type { Readable } from "node:stream";

/**
 * The stream's chunks as a web ReadableStream, pulled one at a time (backpressure reaches `stream`); cancelling it
 * (the client went away) destroys `stream`, and an error of `stream` errors it. Node's Readable.toWeb is not used:
 * on Node 20 a client that goes away mid-download can make it throw "Controller is already closed" as an uncaught
 * exception (nodejs/node#54205).
 */
export function toWebStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks: AsyncIterator<Uint8Array> = stream[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.(); // destroys the stream
    },
  });
}
