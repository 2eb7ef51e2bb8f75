// How a video is named for people: its title, else its URL, else its platform id.
export function videoLabel(video: { title: string | null; url: string | null; platformId: string | null }): string {
  return video.title || video.url || `Video ${video.platformId ?? ""}`.trim();
}
