"use client";
// A page that failed to render (inside the root layout, so the header stays): see ErrorNotice. Next.js cannot give a
// page a 503 status (only 404, 403, 401 and redirects); such a page answers 500, and the API answers 503.
import { ErrorNotice } from "@/components/errors/error-notice";

export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice retry={retry} />;
}
