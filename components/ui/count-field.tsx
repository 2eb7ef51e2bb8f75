// A count input: free text so "12,400" can be typed (the schema reads it), a numeric keyboard on phones.
import { Field, type FieldProps } from "./field";

export function CountField(props: Omit<FieldProps, "type">) {
  return <Field type="text" inputMode="numeric" autoComplete="off" spellCheck={false} {...props} />;
}
