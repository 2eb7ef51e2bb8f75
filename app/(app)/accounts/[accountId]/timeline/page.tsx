import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { RULE_SETS, TIMELINE_CATEGORIES } from "@/lib/milestones";
import { getTimelineOverview } from "@/lib/queries/timeline";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { oneOf } from "@/lib/http/search-params";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { TimelineFilter } from "@/components/milestones/timeline-filter";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ accountId: string }>;
  searchParams: Promise<{ kind?: string | string[] }>;
}) {
  const [{ accountId }, { kind }] = await Promise.all([idParams(params), searchParams]);
  const category = oneOf(kind, TIMELINE_CATEGORIES);
  const user = await requireUser();
  const { account, items, videoLabels } = await orNotFound(getTimelineOverview(user.id, accountId, category));
  const base = `/accounts/${account.id}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Timeline of @${account.handle}`}
        back={{ href: base, label: `@${account.handle}` }}
        description={`Newest first. Meanings follow the rule set “${RULE_SETS[account.ruleSet].name}”.`}
      />
      <Card>
        <TimelineFilter basePath={`${base}/timeline`} current={category} />
        <MilestoneList
          items={items}
          ruleSet={account.ruleSet}
          videoLabels={videoLabels}
          empty={
            category
              ? `No ${category === "goals" ? "goal" : category} milestones yet.`
              : "No milestones yet. Record readings, and each threshold you cross shows up here with its day."
          }
        />
      </Card>
    </div>
  );
}
