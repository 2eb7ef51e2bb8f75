// How a video is named for people: its title, else the day it was posted, else its platform id, else its URL (an
// untitled video's URL stays its link, not its name).
import { formatDay, type Day } from "@/lib/time/days";

export function videoLabel(video: {
  title: string | null;
  url: string | null;
  platformId: string | null;
  postedOn: Day | null;
}): string {
  if (video.title) return video.title;
  if (video.postedOn) return `Video posted ${formatDay(video.postedOn)}`;
  if (video.platformId) return `Video ${video.platformId}`;
  return video.url ?? "Video";
}
