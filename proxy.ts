// Signed-out visitors of any page but the landing, sign-in, sign-up and unsubscribe pages go to sign-in.
// Pages check the session again themselves (requireUser); this only makes the redirect early and keeps the path.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { nextAuthSecret } from "@/lib/config";

const PUBLIC_PATHS = new Set(["/", "/signin", "/signup", "/unsubscribe"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.has(pathname)) return NextResponse.next();
  const token = await getToken({ req: request, secret: nextAuthSecret() });
  if (token) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // API routes answer for themselves (401/404 JSON); static files need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt).*)"],
};
