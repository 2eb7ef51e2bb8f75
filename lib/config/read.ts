// Reading one environment variable through its zod schema: the only place that touches process.env for reading.
// Unset and empty are the same (`VAR= npm start` leaves the default in force). A value the schema refuses is an error
// that names the variable (never its value: it may be a secret), not a value silently replaced by the default.
import type { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** A declared set of variables: each name with the schema that checks it and supplies its default. */
export type Declarations = Record<string, z.ZodType>;

/** The value of `name`, parsed by its schema now (not at import), so a test that sets process.env first sees it. */
export function readVariable<D extends Declarations, K extends keyof D & string>(
  declarations: D,
  name: K,
): z.output<D[K]> {
  const value = process.env[name];
  const parsed = declarations[name]!.safeParse(value === "" ? undefined : value);
  if (parsed.success) return parsed.data as z.output<D[K]>;
  throw new ConfigError(`${name} ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
}

/** Every declared variable that is set to a value its schema refuses, as sentences ("PORT must be …"). */
export function configurationErrors(declarations: Declarations): string[] {
  const errors: string[] = [];
  for (const name of Object.keys(declarations)) {
    try {
      readVariable(declarations, name);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error.message);
    }
  }
  return errors;
}
