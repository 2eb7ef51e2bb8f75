// A page's path ids: one that no record can have (a NUL, a control character, an over-long id) is the 404 page at
// once, without a query — PostgreSQL's text cannot even hold U+0000. A well-formed id is still checked by its query.
import { notFound } from "next/navigation";
import { isId } from "@/lib/validation/common";

export async function idParams<Params extends Record<string, string>>(params: Promise<Params>): Promise<Params> {
  const values = await params;
  if (!Object.values(values).every(isId)) notFound();
  return values;
}
