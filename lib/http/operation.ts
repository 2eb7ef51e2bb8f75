// An API operation declared once (documenso's *.types.ts idea): its path, its input schemas and its OUTPUT schema.
// withToken validates the query and body with the inputs, checks what the handler returns against the output before
// it is sent, and openapi.json is generated from the same declarations — so the document, the validation and the
// answers cannot drift apart.
import { z } from "zod";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface Operation<
  Path extends string = string,
  Query extends z.ZodObject | undefined = z.ZodObject | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Output extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: Method;
  path: Path;
  summary: string;
  query?: Query;
  body?: Body;
  /** The success answer; without a schema it has no body (204). */
  response: { status: number; description: string; schema?: Output };
  /** The 4xx statuses the operation can answer (413 is added for every operation with a body). */
  errors: number[];
}

/** Keeps the declaration's literal path and exact schemas, so the route's params and types follow from it. */
export function defineOperation<
  const Path extends string,
  Query extends z.ZodObject | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  Output extends z.ZodType | undefined = undefined,
>(operation: Operation<Path, Query, Body, Output>): Operation<Path, Query, Body, Output> {
  return operation;
}

/** "/api/v1/accounts/{id}/videos" → { id: string }. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : unknown;

type SchemaOf<S> = Exclude<S, undefined> extends z.ZodType ? Exclude<S, undefined> : never;
type OutputSchema<O extends Operation> = SchemaOf<O["response"]["schema"]>;
/** What the handler returns: what the output schema accepts, or nothing for a bodiless answer. */
export type HandlerOutput<O extends Operation> = [OutputSchema<O>] extends [never] ? void : z.input<OutputSchema<O>>;
export type BodyOf<O extends Operation> = z.output<SchemaOf<O["body"]>>;
export type QueryOf<O extends Operation> = z.output<SchemaOf<O["query"]>>;

/** A handler's answer that its output schema refuses: a bug in the route, answered 500 (the detail is logged). */
export class OutputMismatchError extends Error {}

/**
 * The handler's result checked against the operation's output schema. The output schemas are strict objects: a field
 * the schema lacks is refused, not stripped, so the document can never hide what the API sends.
 */
export function checkOutput(operation: Operation, result: unknown): unknown {
  const schema = operation.response.schema;
  if (!schema) {
    if (result !== undefined) throw new OutputMismatchError(`${name(operation)} answers without a body`);
    return undefined;
  }
  const parsed = schema.safeParse(result);
  if (!parsed.success)
    throw new OutputMismatchError(`${name(operation)} answered outside its schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const name = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.path}`;
