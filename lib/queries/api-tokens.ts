// The creator's personal access tokens as Settings → API lists them (never the tokens themselves).
import * as tokens from "@/lib/db/api-tokens";
import type { ApiTokenRecord } from "@/lib/models/api-token";

export function listApiTokens(creatorId: string): Promise<ApiTokenRecord[]> {
  return tokens.listApiTokens(creatorId);
}
