// next-auth's routes, with two guards of Milepost's own: a callbackUrl that leads off this site is a 422 with the
// usual error body (next-auth answered `javascript:…` with a 500 "server configuration" page), and a failed
// credentials sign-in answers with its own status (429 throttled, 503 busy or unavailable) rather than always 401.
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { withSignInOutcome } from "@/lib/auth/sign-in-outcome";
import { nextAuthUrl } from "@/lib/config";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/errors";
import { searchParamsObject } from "@/lib/http/search-params";

type Context = { params: Promise<{ nextauth: string[] }> };

const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: Context) => Promise<Response>;

function appOrigin(request: NextRequest): string {
  const configured = nextAuthUrl();
  return configured ? new URL(configured).origin : request.nextUrl.origin;
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const { callbackUrl } = searchParamsObject(request.nextUrl.searchParams);
  if (callbackUrl !== undefined && sameOriginPath(callbackUrl, appOrigin(request)) === null) {
    return errorResponse(
      new AppError("VALIDATION", "callbackUrl must be a page of this site.", {
        callbackUrl: ["Use a path on this site, like /dashboard."],
      }),
    );
  }
  return withSignInOutcome(() => nextAuth(request, context));
}

export { handler as GET, handler as POST };
