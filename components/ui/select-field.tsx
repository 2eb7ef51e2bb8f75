// A labelled select with its inline error and hint, wired like Field.
import type { ComponentProps } from "react";
import { FieldFrame, type FieldFrameProps } from "./field";

export type SelectFieldProps = FieldFrameProps &
  Omit<ComponentProps<"select">, "name" | "id" | "className"> & { options: { value: string; label: string }[] };

export function SelectField({ label, name, id, errors, hint, className, options, ...props }: SelectFieldProps) {
  return (
    <FieldFrame label={label} name={name} id={id} errors={errors} hint={hint} className={className}>
      {(control) => (
        <select {...control} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
