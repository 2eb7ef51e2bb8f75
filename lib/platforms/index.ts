// The platforms Milepost collects from, by the Platform of an account. Adding one is a folder beside tiktok/ and an
// entry here.
import type { Collector } from "./collector";
import { configuredTikTokApp } from "./tiktok/app";
import { tiktokCollector } from "./tiktok/collector";

export type {
  Collector,
  CollectedAccount,
  CollectedVideo,
  CollectorFailure,
  PlatformTokens,
  ReadHooks,
} from "./collector";

export type CollectingPlatform = "tiktok";

/** The platform's collector as this server is configured, or null when the operator has not set it up. */
export function collectorFor(platform: CollectingPlatform): Collector | null {
  switch (platform) {
    case "tiktok": {
      const app = configuredTikTokApp();
      return app ? tiktokCollector(app) : null;
    }
  }
}
