// A labelled control with its inline error and hint, wired for screen readers.
import type { InputHTMLAttributes, ReactNode } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:border-red-600";

export interface FieldFrameProps {
  label: ReactNode;
  name: string;
  id?: string;
  errors?: string[];
  hint?: ReactNode;
  className?: string;
}

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
}

/** Label above, hint and error below; `children` renders the control with the props it is given. */
export function FieldFrame({
  label,
  name,
  id,
  errors,
  hint,
  className = "",
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const controlId = id ?? `field-${name}`;
  const errorId = `${controlId}-error`;
  const hintId = `${controlId}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id: controlId,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy,
        className: `mt-1 ${inputClass}`,
      })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export type FieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">;

export function Field({ label, name, id, errors, hint, className, ...props }: FieldProps) {
  return (
    <FieldFrame label={label} name={name} id={id} errors={errors} hint={hint} className={className}>
      {(control) => <input {...control} {...props} />}
    </FieldFrame>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" role="alert">
      {errors.join(" ")}
    </p>
  );
}
