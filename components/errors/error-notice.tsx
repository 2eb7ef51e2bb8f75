"use client";
// What a page shows when it could not be rendered. The server hides the error's details from the browser, so the
// notice asks /api/health whether the database is the cause: then it says Milepost is temporarily unavailable and
// tries the page again by itself as soon as the database answers; otherwise it is a plain "something went wrong".
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type Cause = "checking" | "database" | "other";

const HEALTH_POLL_MS = 5_000;

async function databaseAnswers(): Promise<boolean> {
  try {
    return (await fetch("/api/health", { cache: "no-store" })).ok;
  } catch {
    return false; // the server itself is out of reach (restarting): the same "try again shortly"
  }
}

export function ErrorNotice({ retry }: { retry: () => void }) {
  const [cause, setCause] = useState<Cause>("checking");
  const retryRef = useRef(retry);
  useEffect(() => {
    retryRef.current = retry;
  }, [retry]);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async (first: boolean) => {
      const up = await databaseAnswers();
      if (cancelled) return;
      if (!up) {
        setCause("database");
        timer = setTimeout(() => void check(false), HEALTH_POLL_MS);
      } else if (first) {
        setCause("other");
      } else {
        retryRef.current(); // the database is back: render the page again
      }
    };
    void check(true);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  const unavailable = cause === "database";
  return (
    <div className="mx-auto max-w-md py-10 text-center" role="alert">
      <h1 className="text-2xl font-bold">
        {unavailable ? "Milepost is temporarily unavailable" : "This page could not be shown"}
      </h1>
      <p className="mt-2 text-slate-700">
        {unavailable
          ? "Milepost can't reach its database right now. Nothing you saved is lost; this page comes back by itself as soon as the database answers again."
          : cause === "other"
            ? "Something went wrong on our side. Try again; if it keeps happening, the server's log says more."
            : "Something went wrong. Try again in a moment."}
      </p>
      <Button type="button" className="mt-6" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
