// The export's Node stream as the web stream a Response takes: read on demand, errors carried, and a client that
// goes away (Next.js aborts the pipe) destroys the Node stream without an uncaught exception (Readable.toWeb threw
// "Controller is already closed" there on Node 20, nodejs/node#54205).
import { PassThrough, Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { toWebStream } from "@/lib/export/web-stream";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}

describe("toWebStream", () => {
  test("carries every chunk in order, and the end", async () => {
    expect(
      (await readAll(toWebStream(Readable.from([Buffer.from("a"), Buffer.from("bc"), Buffer.from("d")])))).toString(),
    ).toBe("abcd");
  });

  test("reads the Node stream only as the web stream is read", async () => {
    let produced = 0;
    const source = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(1024, ++produced);
      })(),
      { objectMode: false, highWaterMark: 4 * 1024 },
    );
    const reader = toWebStream(source).getReader();
    await reader.read();
    await pause(50);
    expect(produced).toBeLessThan(20); // the Node stream's buffer, not more
    await reader.cancel();
    expect(source.destroyed).toBe(true);
  });

  test("an error of the Node stream errors the web stream", async () => {
    const source = new PassThrough();
    const reader = toWebStream(source).getReader();
    source.write("x");
    expect((await reader.read()).value).toBeDefined();
    source.destroy(new Error("broken"));
    await expect(reader.read()).rejects.toThrow("broken");
  });

  test("a pipe aborted while the source is still writing (the client went away) destroys the source, without an uncaught exception", async () => {
    const source = new PassThrough();
    let next = 0;
    const writer = setInterval(() => {
      for (let i = 0; i < 50 && !source.destroyed; i++) source.write(Buffer.alloc(1024, next++));
    }, 1);
    const controller = new AbortController();
    const slowClient = new WritableStream<Uint8Array>({ write: () => pause(5) });
    const piped = toWebStream(source).pipeTo(slowClient, { signal: controller.signal });
    await pause(100);
    controller.abort();
    await expect(piped).rejects.toMatchObject({ name: "AbortError" });
    await pause(100); // an uncaught exception here fails the run
    clearInterval(writer);
    expect(source.destroyed).toBe(true);
  });
});
