"use client";
// One live stream per tab (issue 11). Mounted in the signed-in layout, which stays
// in place across navigations, so a tab holds one EventSource however many pages it
// visits. On an event the open page watches (LiveWatch), it asks the server for the
// page again (router.refresh(): server components re-render through the visibility
// builders, client components keep their state, so typed text stays), and a polite
// live region says what came ("2 new notes") without moving focus.
//
// - The viewer's own changes (the server says which: `mine`) still refresh their
//   other tabs, but are not announced to them as news.
// - Unsaved work is never overwritten: while someone works in a form or a dialog the
//   refresh waits until they are done, and an editor page (announceOnly) is never
//   refreshed, only told that a newer version exists; its save then meets the
//   conflict handling.
// - After a cut the stream resumes with Last-Event-ID (EventSource does it); the page
//   refetches itself once besides, so nothing committed meanwhile is missed. A first
//   connection replays what was committed since its page was rendered (`since`).
// - When no stream can be held (a proxy that buffers, the server refuses), pages
//   still work and refresh when the tab regains focus.
// - The header's notification badge: every notification event refreshes the layout.
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TLiveClientEvent } from "@/lib/live/event";
import { summarizeLiveEvents, watchMatches, type TLiveWatch } from "@/lib/live/watch";
import { LiveContext, type TLiveRegistry } from "./live-context";

const REFRESH_DELAY_MS = 300;
const BUSY_RETRY_MS = 1000;

// Someone at work on the page: focus in a form or a dialog, or a dialog open. A
// refresh now could move what they are about to click, or re-render what they type
// into; it waits until they are done.
function busyOnPage(): boolean {
  if (document.querySelector("dialog[open], [role='dialog'], [aria-modal='true']")) return true;
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return false;
  return active.isContentEditable || Boolean(active.closest("form, dialog, [role='dialog']"));
}

export function LiveUpdates({ since, children }: { since: number; children: ReactNode }) {
  const router = useRouter();
  // The render time of the page that opened the stream; later renders (a refresh)
  // must not reopen it.
  const renderedAt = useRef(since);
  const t = useTranslator();
  const watches = useRef(new Set<TLiveWatch>());
  const [message, setMessage] = useState("");
  // Whether the stream is held now: shown on the live region as data-stream, for
  // tests that time a change from the moment the page listens (not from its load).
  const [streamOpen, setStreamOpen] = useState(false);
  // The stream outlives re-renders (a new language, say): it reads the translator here.
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    let pending: TLiveClientEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let waiting = false;
    let cut = false;

    // Cleared first, so the same words said twice are announced twice.
    const say = (text: string) => {
      setMessage("");
      if (text) setTimeout(() => setMessage(text), 50);
    };

    const announce = (events: TLiveClientEvent[]) => {
      const tr = tRef.current;
      const s = summarizeLiveEvents(events);
      const parts = [
        s.newNotes ? tr.plural("live.newNotes", s.newNotes) : "",
        s.newReplies ? tr.plural("live.newReplies", s.newReplies) : "",
        s.newNotifications ? tr.plural("live.newNotifications", s.newNotifications) : "",
        s.editors ? tr.t("live.editors") : "",
      ].filter(Boolean);
      if (parts.length === 0 && s.otherChanges > 0) parts.push(tr.t("live.updated"));
      say(parts.join(". "));
    };

    const flush = () => {
      timer = null;
      if (busyOnPage()) {
        // Said once per batch of waiting events, then looked at again shortly.
        if (!waiting) say(tRef.current.t("live.waiting"));
        waiting = true;
        timer = setTimeout(flush, BUSY_RETRY_MS);
        return;
      }
      waiting = false;
      const events = pending;
      pending = [];
      router.refresh();
      announce(events);
    };

    const receive = (event: TLiveClientEvent) => {
      const open = [...watches.current];
      const matching = open.filter((w) => watchMatches(w, event));
      // An editor's page is never refreshed, not even for the badge: a refresh could
      // find the text locked (moved to AGREED) and take the form, and what was typed, away.
      const editorOpen = open.some((w) => w.announceOnly);
      if (editorOpen || (matching.length === 0 && !event.kind.startsWith("notification."))) {
        // Not for the text this editor (or another tab of the same person) just saved.
        if (editorOpen && matching.length > 0 && !event.mine) say(tRef.current.t(event.kind === "position.presence" ? "live.editors" : "live.newerVersion"));
        return;
      }
      pending.push(event);
      timer ??= setTimeout(flush, REFRESH_DELAY_MS);
    };

    const refetch = () => {
      if (document.visibilityState === "visible" && !busyOnPage()) router.refresh();
    };
    const source = new EventSource(`/api/live?since=${renderedAt.current}`);
    source.addEventListener("change", (e) => {
      try {
        receive(JSON.parse((e as MessageEvent<string>).data) as TLiveClientEvent);
      } catch {
        // not an event of ours
      }
    });
    const refetchOnFocus = (on: boolean) => {
      const method = on ? "addEventListener" : "removeEventListener";
      window[method]("focus", refetch);
      document[method]("visibilitychange", refetch);
    };
    source.addEventListener("ready", () => {
      // Back after a cut: what was committed meanwhile is on the server; ask once.
      if (cut) refetch();
      cut = false;
      setStreamOpen(true);
      refetchOnFocus(false);
    });
    source.addEventListener("resync", refetch);
    source.addEventListener("end", () => {
      // The session ended: the next page view goes to sign-in.
      source.close();
      router.refresh();
    });
    source.addEventListener("error", () => {
      // Cut, or no stream to be had at all (EventSource retries unless the server
      // refused): until it is back the page catches up whenever it is looked at again.
      cut = true;
      setStreamOpen(false);
      refetchOnFocus(true);
    });
    return () => {
      source.close();
      refetchOnFocus(false);
      if (timer) clearTimeout(timer);
    };
  }, [router]);

  const registry = useMemo<TLiveRegistry>(
    () => ({
      register(watch) {
        watches.current.add(watch);
        return () => watches.current.delete(watch);
      },
    }),
    [],
  );

  return (
    <LiveContext.Provider value={registry}>
      {children}
      {/* A log, not a status: pages have their own status messages (search results,
          moved cards) that must stay the one status region of the page. */}
      <div role="log" aria-live="polite" aria-atomic="true" className="sr-only" data-stream={streamOpen ? "open" : "closed"}>
        {message}
      </div>
    </LiveContext.Provider>
  );
}
