import Link from "next/link";
import type { ReactNode } from "react";

/** The page's one <h1>, an optional way back up, a line of context and the page's main actions. */
export function PageHeader({
  title,
  back,
  description,
  actions,
}: {
  title: ReactNode;
  back?: { href: string; label: string };
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 space-y-2">
      {back ? (
        <Link href={back.href} className="text-sm font-medium text-indigo-800 underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>
          {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
          {description ? <div className="mt-1 text-sm text-slate-700">{description}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
