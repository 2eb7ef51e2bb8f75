// The creator as the app knows them once signed in.
export type CreatorProfile = { id: string; email: string; name: string | null; isAdult: boolean };
