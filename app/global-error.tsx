"use client";
// The root layout itself failed: the same notice as app/error.tsx, in a document of its own.
import { ErrorNotice } from "@/components/errors/error-notice";
import "./globals.css";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>Milepost</title>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
          <ErrorNotice retry={retry} />
        </main>
      </body>
    </html>
  );
}
