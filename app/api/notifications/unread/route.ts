import { creatorRoute } from "@/lib/http/creator-route";
import { getUnreadCount } from "@/lib/queries/notices";

export const dynamic = "force-dynamic";

/** The bell's count: 200 { "unread": n } for the signed-in creator; 401 JSON when signed out. */
export const GET = creatorRoute(async (_request, user) =>
  Response.json({ unread: await getUnreadCount(user.id) }, { headers: { "Cache-Control": "no-store" } }),
);
