// Sentences the sign-in form may show, shared by the server (authorize.ts) and the form. Safe to import in client components.
export const SIGN_IN_UNAVAILABLE = "Milepost can't sign you in right now. Try again in a minute.";
export const SIGN_UP_UNAVAILABLE = "Milepost can't create your account right now. Try again in a minute.";
