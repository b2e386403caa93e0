// What open live streams cost an instance (issue 11): the app's resident memory and
// the theme page's throughput, first with no stream open, then with N streams held
// open by one signed-in viewer (each an EventSource's GET /api/live, read and
// discarded), as a room of delegates with the page open would hold them. The
// issue's bounds: 200 streams add less than 50 MB and keep the theme page within 10 %.
import { treeRss } from "./briefing";
import { load, type TLoadResult } from "./load";

export type TLiveStreamsMeasure = {
  streams: number;
  /** Streams that were answered 200 text/event-stream and stayed open to the end (least of all rounds). */
  open: number;
  rssBeforeMb: number | null;
  rssGrowthMb: number | null;
  /** The round whose "without" run had the median throughput, shown as the typical pair. */
  without: TLoadResult;
  with: TLoadResult;
  /** Every round: the theme page without the streams, then with them. */
  rounds: { without: TLoadResult; with: TLoadResult }[];
  /** Theme page views answered with the streams over views answered without, over all rounds. */
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

async function openStreams(url: string, cookie: string, count: number) {
  const abort = new AbortController();
  const streams = await Promise.all(Array.from({ length: count }, () => holdStream(url, cookie, abort.signal)));
  const opened = (await Promise.all(streams.map((s) => s.opened))).filter(Boolean).length;
  return {
    opened,
    close: async () => {
      abort.abort();
      await Promise.all(streams.map((s) => s.closed));
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

// Memory at rest, without load: the app's resident memory with no stream open, then
// with the streams open, over a few cycles (the median difference). Weighed right
// after a load run, the heap's garbage would outweigh the streams either way.
async function streamMemoryGrowthMb(pid: number, appUrl: string, cookie: string, count: number, cycles = 3): Promise<number> {
  const growth: number[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    await settle();
    const before = treeRss(pid);
    const streams = await openStreams(`${appUrl}/api/live`, cookie, count);
    await settle();
    growth.push((treeRss(pid) - before) / 1024 / 1024);
    await streams.close();
  }
  return growth.sort((a, b) => a - b)[Math.floor(growth.length / 2)]!;
}

// Rounds of "without, then with" (A B A B …): on a machine whose load drifts, one run
// of each would compare the drift as much as the streams; over alternating rounds the
// drift falls on both sides alike.
export async function measureLiveStreams(
  appUrl: string,
  themeUrl: string,
  headers: Record<string, string>,
  options: { pid?: number; streams: number; seconds: number; connections: number; rounds?: number },
): Promise<TLiveStreamsMeasure> {
  const cookie = headers.cookie ?? "";
  const settings = { connections: options.connections, seconds: options.seconds };
  // Warm: a fresh worker's first views compile and cache; they belong to neither run.
  await load(themeUrl, headers, { connections: options.connections, seconds: Math.min(4, options.seconds) });
  const rssBefore = options.pid ? treeRss(options.pid) : null;
  const rssGrowthMb = options.pid ? await streamMemoryGrowthMb(options.pid, appUrl, cookie, options.streams) : null;
  const rounds: { without: TLoadResult; with: TLoadResult }[] = [];
  let open = options.streams;
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    const without = await load(themeUrl, headers, settings);
    const streams = await openStreams(`${appUrl}/api/live`, cookie, options.streams);
    await settle();
    const withStreams = await load(themeUrl, headers, settings);
    open = Math.min(open, streams.opened);
    await streams.close();
    rounds.push({ without, with: withStreams });
  }

  const total = (pick: (r: (typeof rounds)[number]) => TLoadResult) => rounds.reduce((sum, r) => sum + pick(r).requests, 0);
  const throughputRatio = total((r) => r.without) > 0 ? total((r) => r.with) / total((r) => r.without) : 0;
  const typical = [...rounds].sort((a, b) => a.without.rps - b.without.rps)[Math.floor(rounds.length / 2)]!;
  return {
    streams: options.streams,
    open,
    rssBeforeMb: rssBefore === null ? null : rssBefore / 1024 / 1024,
    rssGrowthMb,
    without: typical.without,
    with: typical.with,
    rounds,
    throughputRatio,
    withinBounds: { memory: rssGrowthMb === null ? null : rssGrowthMb < MAX_MB, throughput: throughputRatio >= MIN_RATIO },
  };
}
