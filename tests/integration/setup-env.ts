import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// Secrets are sealed with a fixed test key (never one generated into the repository's .data/); tests that need other
// keys set them and put this one back.
process.env.MILEPOST_SECRET_KEY = "bWlsZXBvc3QtaW50ZWdyYXRpb24tdGVzdHMta2V5LTE=";
delete process.env.MILEPOST_PREVIOUS_SECRET_KEYS;
