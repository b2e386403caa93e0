// Reading an event stream (lib/live/stream.ts) in a test, as a browser would receive it.

/** Polls `find` until it returns something, or fails naming `what`. */
export async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Collects a stream's text as it arrives. */
export function streamReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  let endedAt = 0;
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        ended = true;
        endedAt = Date.now();
        return;
      }
      text += decoder.decode(value, { stream: true });
    }
  })();
  return {
    text: () => text,
    ended: () => ended,
    endedAt: () => endedAt,
    until: (pattern: string, what = pattern, timeoutMs?: number) => waitFor(() => (text.includes(pattern) ? true : undefined), `${what} in the stream`, timeoutMs),
    cancel: async () => {
      await reader.cancel().catch(() => undefined);
      await pump.catch(() => undefined);
    },
  };
}
