// The webhook body formats as a creator chooses them (shared by the server page and the client form).
export const WEBHOOK_FORMAT_LABELS = { json: "Milepost JSON", chat: "Slack or Discord" } as const;
export const WEBHOOK_FORMAT_HINTS = {
  json: "Every field of the notice, for your own code.",
  chat: "{ text, content }: paste a Slack or Discord incoming-webhook URL.",
} as const;
export const WEBHOOK_FORMAT_CHOICES = ["json", "chat"] as const;
