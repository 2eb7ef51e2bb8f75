import Link from "next/link";

const pageHref = (page: number) => (page > 1 ? `/notifications?page=${page}` : "/notifications");
const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-indigo-800 hover:bg-slate-50";

/** Previous and Next between pages of the list (page 1 is the newest); nothing when there is one page. */
export function NoticePager({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={pageHref(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={pageHref(page + 1)} rel="next" className={linkClass}>
          Next<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
