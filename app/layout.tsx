import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getHeaderState } from "@/lib/queries/site-header";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Milepost", template: "%s · Milepost" },
  description: "Track your videos' views and your followers day by day, and see which milestones you cross.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const header = await getHeaderState();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader state={header} />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
          {children}
        </main>
      </body>
    </html>
  );
}
