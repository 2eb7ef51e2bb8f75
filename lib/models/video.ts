// A video of an account, and the same with its latest reading (the account page's list).
import type { Day } from "@/lib/time/days";

export interface VideoRecord {
  id: string;
  accountId: string;
  platformId: string | null;
  url: string | null;
  title: string | null;
  postedOn: Day | null;
}

export interface VideoWithLastReading extends VideoRecord {
  lastDay: Day | null;
  lastViews: number | null;
}

/** A video as a choice in a form: its id and how the pages name it (title, else URL or id). */
export interface VideoOption {
  id: string;
  label: string;
}
