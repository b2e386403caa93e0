// The live event stream of one tab (Server-Sent Events; lib/live/stream.ts). The
// request authenticates itself like every route: without a session it is the 404 of
// an unknown address, and EventSource does not retry a 404.
import { getViewer } from "@/lib/auth/current-viewer";
import { parseLastEventId, parseSince } from "@/lib/live/event";
import { liveEventsAfter, liveEventsSince, liveHeartbeat, liveHub } from "@/lib/live/instance-hub";
import { openLiveStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const stream = openLiveStream({
    viewer,
    hub: liveHub(),
    lastEventId: parseLastEventId(request.headers.get("last-event-id")),
    since: parseSince(new URL(request.url).searchParams.get("since")),
    replaySince: liveEventsSince,
    heartbeat: liveHeartbeat(),
    replayAfter: liveEventsAfter,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: neither Next's gzip nor a proxy may hold events back to compress them.
      "cache-control": "private, no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
