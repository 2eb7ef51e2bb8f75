// Failures told as sentences (scripts/lib/failure.ts): what the command line, `npm start` and the worker print.
import { expect, test } from "vitest";
import { describeExit, describeFailure } from "../../scripts/lib/failure.ts";

test.each([
  ["a rejection without a value", undefined, "it failed without saying why"],
  ["null", null, "it failed without saying why"],
  ["an empty string", "", "it failed without saying why"],
  ["a string", "initdb failed", "initdb failed"],
  ["an Error", new Error("port 5432 is taken"), "port 5432 is taken"],
  ["an Error without a message, by its code", Object.assign(new Error(""), { code: "ECONNREFUSED" }), "ECONNREFUSED"],
  [
    "a refused connection on every address (an AggregateError without a message)",
    new AggregateError(
      [new Error("connect ECONNREFUSED ::1:5432"), new Error("connect ECONNREFUSED 127.0.0.1:5432")],
      "",
    ),
    "connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432",
  ],
  [
    "Prisma's message, by its last line",
    new Error(
      "\nInvalid `prisma.creator.findMany()` invocation in\n/app/lib/db/x.ts:3:1\n\n→ 3 await prisma.creator.findMany(\nCan't reach database server at 127.0.0.1:1",
    ),
    "Can't reach database server at 127.0.0.1:1",
  ],
  ["an object", { status: 3 }, "{ status: 3 }"],
])("%s", (_name, error, sentence) => {
  expect(describeFailure(error)).toBe(sentence);
});

test("an exit is told by its code or its signal", () => {
  expect(describeExit(1, null)).toBe("exited with code 1");
  expect(describeExit(null, "SIGKILL")).toBe("was killed by SIGKILL");
});
