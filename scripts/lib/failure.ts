// A failure as a sentence for a person: never "undefined", never an empty message (Node's AggregateError of a
// refused connection has none), never a bare object.
import { inspect } from "node:util";

export function describeFailure(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length)
    return [...new Set(error.errors.map(describeFailure))].join("; ");
  if (error instanceof Error) {
    // Prisma's messages open with the call and a code frame, and end with what happened.
    const lines = error.message
      .trim()
      .split("\n")
      .filter((line) => line.trim());
    if (lines.length > 1 && /^Invalid `.*` invocation/.test(lines[0]!)) return lines.at(-1)!.trim();
    return error.message || (error as NodeJS.ErrnoException).code || error.name;
  }
  if (typeof error === "string" && error) return error;
  if (error === undefined || error === null || error === "") return "it failed without saying why";
  return inspect(error, { depth: 2, breakLength: Infinity });
}

/** How a process ended, for a log line. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}
