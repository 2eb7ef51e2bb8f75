// What the e2e run shares with the fake TikTok process (fake-tiktok-server.ts): its port, its app credentials, and a
// client of its /__fake/ control endpoints.

export const E2E_TIKTOK_CLIENT_KEY = "e2e-fake-client-key";
export const E2E_TIKTOK_CLIENT_SECRET = "e2e-fake-client-secret";

/** The fake's port for an e2e run on `appPort`: a fixed distance from it, so that parallel runs do not collide. */
export const fakeTikTokPort = (appPort: number) => (appPort < 64_000 ? appPort + 1000 : appPort - 1000);

/** Steers the fake TikTok of an e2e run. */
export function fakeTikTokControl(baseUrl: string) {
  const post = async (path: string, body: object = {}) => {
    const response = await fetch(`${baseUrl}/__fake/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`The fake TikTok answered ${response.status} to ${path}`);
    return (await response.json()) as Record<string, unknown>;
  };
  return {
    /** A TikTok user with `videos` videos; returns their open_id. */
    seedUser: async (user: { display_name: string; follower_count?: number; videos?: number }) =>
      String((await post("users", user)).open_id),
    setFollowers: (openId: string, followerCount: number) =>
      post(`users/${encodeURIComponent(openId)}`, { follower_count: followerCount }),
    expireAccessTokens: (openId: string) => post(`users/${encodeURIComponent(openId)}/expire`),
    revoke: (openId: string) => post(`users/${encodeURIComponent(openId)}/revoke`),
    failNext: (path: string, status = 429, times = 1) => post("fail", { path, status, times }),
  };
}
