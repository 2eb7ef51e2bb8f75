import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/queries/api-tokens";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date) =>
  date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function ApiSettingsPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  const rows = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    created: when(t.createdAt),
    lastUsed: t.lastUsedAt ? when(t.lastUsedAt) : null,
    revoked: t.revokedAt ? when(t.revokedAt) : null,
  }));
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="API tokens"
        back={{ href: "/settings", label: "Settings" }}
        description={
          <>
            Personal access tokens let scripts use the REST API under <code>/api/v1</code> with your data. Its
            description is at{" "}
            <a href="/api/v1/openapi.json" className="font-medium text-indigo-800 underline-offset-2 hover:underline">
              /api/v1/openapi.json
            </a>
            .
          </>
        }
      />
      <Card title="New token">
        <CreateTokenForm action={createApiTokenAction} />
      </Card>
      <Card title="Your tokens">
        <TokenList tokens={rows} revokeAction={revokeApiTokenAction} />
      </Card>
    </div>
  );
}
