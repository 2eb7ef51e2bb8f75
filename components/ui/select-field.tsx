// A labelled select with its inline error and hint, wired like Field.
import type { ComponentProps, ReactNode } from "react";
import { FieldError, inputClass } from "./field";

export interface SelectFieldProps extends ComponentProps<"select"> {
  label: ReactNode;
  name: string;
  options: { value: string; label: string }[];
  errors?: string[];
  hint?: ReactNode;
}

export function SelectField({ label, name, options, errors, hint, id, className = "", ...props }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const errorId = `${selectId}-error`;
  const hintId = `${selectId}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={selectId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className={`mt-1 ${inputClass}`} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
