import { requireUser } from "@/lib/auth/session";

export default async function AccountsPage() {
  const user = await requireUser();
  return <h1 className="text-2xl font-bold">Your accounts ({user.email})</h1>;
}
