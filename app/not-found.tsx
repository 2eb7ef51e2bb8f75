import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700">There is nothing here, or it belongs to someone else.</p>
      <Link href="/accounts" className="mt-6 inline-block font-semibold text-indigo-800 underline">
        Back to your accounts
      </Link>
    </div>
  );
}
