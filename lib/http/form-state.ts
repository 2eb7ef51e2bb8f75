// What a form's server action hands back to the form (see form-action.ts). Safe to import in client components.
export type FieldErrors = Partial<Record<string, string[]>>;

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  /** Messages per input name; nested inputs use dotted names ("videos.2.views"). */
  fieldErrors?: FieldErrors;
  /** Notes that did not stop the write (a view count lower than the previous reading …). */
  warnings?: string[];
  /** What was submitted, to refill the form after an error (React resets forms after an action). */
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };
