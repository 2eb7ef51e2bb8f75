// The sample account a newcomer can try the app with is recognised by its handle.
export const SAMPLE_HANDLE = "sample.creator";

export const isSampleHandle = (handle: string): boolean => handle === SAMPLE_HANDLE;
