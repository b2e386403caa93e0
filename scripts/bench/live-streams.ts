// What open live streams cost an instance (issue 11): the app's resident memory and
// the theme page's throughput, first with no stream open, then with N streams held
// open by one signed-in viewer (each an EventSource's GET /api/live, read and
// discarded), as a room of delegates with the page open would hold them. The
// issue's bounds: 200 streams add less than 50 MB and keep the theme page within 10 %.
import { treeRss } from "./briefing";
import { load, type TLoadResult } from "./load";

export type TLiveStreamsMeasure = {
  streams: number;
  /** Streams that were answered 200 text/event-stream and stayed open to the end. */
  open: number;
  rssBeforeMb: number | null;
  rssGrowthMb: number | null;
  without: TLoadResult;
  with: TLoadResult;
  /** Theme page req/s with the streams over req/s without them. */
  throughputRatio: number;
  withinBounds: { memory: boolean | null; throughput: boolean };
};

const MAX_MB = 50;
const MIN_RATIO = 0.9;

async function holdStream(url: string, cookie: string, signal: AbortSignal): Promise<{ opened: Promise<boolean>; closed: Promise<void> }> {
  let resolveOpened: (ok: boolean) => void = () => undefined;
  const opened = new Promise<boolean>((resolve) => (resolveOpened = resolve));
  const closed = (async () => {
    try {
      const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
      const ok = response.status === 200 && (response.headers.get("content-type") ?? "").includes("text/event-stream");
      if (!ok || !response.body) return resolveOpened(false);
      const reader = response.body.getReader();
      let first = true;
      for (;;) {
        const { done } = await reader.read();
        if (first) resolveOpened(true);
        first = false;
        if (done) return;
      }
    } catch {
      resolveOpened(false);
    }
  })();
  return { opened, closed };
}

export async function measureLiveStreams(
  appUrl: string,
  themeUrl: string,
  headers: Record<string, string>,
  options: { pid?: number; streams: number; seconds: number; connections: number },
): Promise<TLiveStreamsMeasure> {
  const cookie = headers.cookie ?? "";
  const settings = { connections: options.connections, seconds: options.seconds };
  // Warm: a fresh worker's first views compile and cache; they belong to neither run.
  await load(themeUrl, headers, { connections: options.connections, seconds: Math.min(4, options.seconds) });
  const without = await load(themeUrl, headers, settings);
  const rssBefore = options.pid ? treeRss(options.pid) : null;

  const abort = new AbortController();
  const streams = await Promise.all(Array.from({ length: options.streams }, () => holdStream(`${appUrl}/api/live`, cookie, abort.signal)));
  const openedFlags = await Promise.all(streams.map((s) => s.opened));
  // Let the instance settle (heartbeat timers set, buffers allocated) before weighing it.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rssWith = options.pid ? treeRss(options.pid) : null;
  const withStreams = await load(themeUrl, headers, settings);
  const stillOpen = openedFlags.filter(Boolean).length;
  abort.abort();
  await Promise.all(streams.map((s) => s.closed));

  const rssGrowthMb = rssBefore !== null && rssWith !== null ? (rssWith - rssBefore) / 1024 / 1024 : null;
  const throughputRatio = without.rps > 0 ? withStreams.rps / without.rps : 0;
  return {
    streams: options.streams,
    open: stillOpen,
    rssBeforeMb: rssBefore === null ? null : rssBefore / 1024 / 1024,
    rssGrowthMb,
    without,
    with: withStreams,
    throughputRatio,
    withinBounds: { memory: rssGrowthMb === null ? null : rssGrowthMb < MAX_MB, throughput: throughputRatio >= MIN_RATIO },
  };
}
