"use client";
// The header's bell: the unread count, server-rendered, then kept current by polling while the tab is visible,
// so a notice written by another tab, the API or an import shows up without a reload.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const POLL_MS = 3_000;
const UNREAD_URL = "/api/notifications/unread";

/** The badge's text; the label says the same, so that what is seen is what is announced (axe: label-content-name-mismatch). */
const badgeText = (unread: number) => (unread > 999 ? "999+" : String(unread));

function bellLabel(unread: number): string {
  return `Notifications, ${badgeText(unread)} unread`;
}

async function fetchUnread(): Promise<number | "signed out" | null> {
  try {
    const response = await fetch(UNREAD_URL, { cache: "no-store", headers: { Accept: "application/json" } });
    if (response.status === 401) return "signed out";
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null && "unread" in body && typeof body.unread === "number"
      ? body.unread
      : null;
  } catch {
    return null; // offline or restarting: the next poll tries again
  }
}

export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const [rendered, setRendered] = useState(initialUnread);
  const [announcement, setAnnouncement] = useState("");
  const lastCount = useRef(initialUnread);
  const pathname = usePathname();

  // A fresh server render (after marking read, or navigating with a refresh) brings the latest count.
  if (initialUnread !== rendered) {
    setRendered(initialUnread);
    setUnread(initialUnread);
  }

  useEffect(() => {
    lastCount.current = unread;
  }, [unread]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let busy = false;
    let signedOut = false;
    const poll = async () => {
      if (busy || signedOut) return;
      busy = true;
      const result = await fetchUnread();
      busy = false;
      if (result === "signed out") {
        signedOut = true;
        stop();
      } else if (result !== null) {
        if (result > lastCount.current) setAnnouncement(`${result} unread notification${result === 1 ? "" : "s"}`);
        setUnread(result);
      }
    };
    const start = () => {
      if (!timer && !signedOut) timer = setInterval(() => void poll(), POLL_MS);
    };
    function stop() {
      clearInterval(timer);
      timer = undefined;
    }
    const onVisibility = () => {
      if (document.visibilityState === "visible") {
        void poll();
        start();
      } else stop();
    };
    if (document.visibilityState === "visible") start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, []);

  return (
    <>
      <Link
        href="/notifications"
        aria-label={bellLabel(unread)}
        aria-current={pathname === "/notifications" ? "page" : undefined}
        data-unread={unread}
        className="relative inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-indigo-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white"
          >
            {badgeText(unread)}
          </span>
        ) : null}
      </Link>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
