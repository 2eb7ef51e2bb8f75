import Link from "next/link";

/** Newer / older links for a newest-first list (page 1 is the newest). */
export function Pager({
  basePath,
  page,
  total,
  perPage,
  label,
}: {
  basePath: string;
  page: number;
  total: number;
  perPage: number;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1 && page <= 1) return null;
  const link = "font-medium text-indigo-800 underline-offset-2 hover:underline";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
      {page > 1 ? (
        <Link href={page === 2 ? basePath : `${basePath}?page=${page - 1}`} className={link}>
          <span aria-hidden="true">← </span>Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={`${basePath}?page=${page + 1}`} className={link}>
          Older<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
