"use client";
// One live stream per tab (issue 11). Mounted in the signed-in layout, which stays
// in place across navigations, so a tab holds one EventSource however many pages it
// visits. On an event the open page watches (LiveWatch), it asks the server for the
// page again (router.refresh(): server components re-render through the visibility
// builders, client components keep their state, so typed text stays), and a polite
// live region says what came ("2 new notes") without moving focus.
//
// - Unsaved work is never overwritten: while focus is in a text field the refresh
//   waits until it leaves, and an editor page (announceOnly) is never refreshed, only
//   told that a newer version exists; its save then meets the conflict handling.
// - After a cut the stream resumes with Last-Event-ID (EventSource does it); the page
//   refetches itself once besides, so nothing committed meanwhile is missed.
// - When no stream can be held (a proxy that buffers, the server refuses), pages
//   still work and refresh when the tab regains focus.
// - The header's notification badge: every notification event refreshes the layout.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TLiveClientEvent } from "@/lib/live/event";
import { summarizeLiveEvents, watchMatches, type TLiveWatch } from "@/lib/live/watch";
import { LiveContext, type TLiveRegistry } from "./live-context";

const REFRESH_DELAY_MS = 300;

function editingText(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  if (active.isContentEditable || active instanceof HTMLTextAreaElement) return true;
  return active instanceof HTMLInputElement && ["text", "search", "email", "url", "date", "number"].includes(active.type) && Boolean(active.form);
}

export function LiveUpdates({ children }: { children: ReactNode }) {
  const router = useRouter();
  const t = useTranslator();
  const watches = useRef(new Set<TLiveWatch>());
  const pending = useRef<TLiveClientEvent[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [message, setMessage] = useState("");

  const announce = useCallback(
    (events: TLiveClientEvent[], refreshed: boolean) => {
      const s = summarizeLiveEvents(events);
      const parts = [
        s.newNotes ? t.plural("live.newNotes", s.newNotes) : "",
        s.newReplies ? t.plural("live.newReplies", s.newReplies) : "",
        s.newNotifications ? t.plural("live.newNotifications", s.newNotifications) : "",
      ].filter(Boolean);
      if (parts.length === 0 && s.otherChanges > 0 && refreshed) parts.push(t.t("live.updated"));
      // Cleared first, so the same words said twice are announced twice.
      setMessage("");
      if (parts.length) setTimeout(() => setMessage(parts.join(". ")), 50);
    },
    [t],
  );

  const flush = useCallback(() => {
    timer.current = null;
    if (editingText()) {
      const field = document.activeElement as HTMLElement;
      setMessage(t.t("live.waiting"));
      field.addEventListener("focusout", () => (timer.current ??= setTimeout(flush, REFRESH_DELAY_MS)), { once: true });
      return;
    }
    const events = pending.current;
    pending.current = [];
    router.refresh();
    announce(events, true);
  }, [announce, router, t]);

  const receive = useCallback(
    (event: TLiveClientEvent) => {
      const open = [...watches.current];
      const matching = open.filter((w) => watchMatches(w, event));
      // An editor's page is never refreshed, not even for the badge: a refresh could
      // find the text locked (moved to AGREED) and take the form, and what was typed, away.
      const editorOpen = open.some((w) => w.announceOnly);
      const refreshes = !editorOpen && (event.kind.startsWith("notification.") || matching.length > 0);
      if (!refreshes) {
        if (matching.length) {
          setMessage("");
          setTimeout(() => setMessage(t.t("live.newerVersion")), 50);
        }
        return;
      }
      pending.current.push(event);
      timer.current ??= setTimeout(flush, REFRESH_DELAY_MS);
    },
    [flush, t],
  );

  // The stream outlives re-renders: it reads the latest handler through a ref.
  const receiveRef = useRef(receive);
  useEffect(() => {
    receiveRef.current = receive;
  }, [receive]);

  useEffect(() => {
    let source: EventSource | null = null;
    let cut = false;
    const refetch = () => {
      if (document.visibilityState === "visible" && !editingText()) router.refresh();
    };
    const fallBackToFocus = () => {
      window.addEventListener("focus", refetch);
      document.addEventListener("visibilitychange", refetch);
    };
    source = new EventSource("/api/live");
    source.addEventListener("change", (e) => {
      try {
        receiveRef.current(JSON.parse((e as MessageEvent<string>).data) as TLiveClientEvent);
      } catch {
        // not an event of ours
      }
    });
    source.addEventListener("ready", () => {
      // Back after a cut: what was committed meanwhile is on the server; ask once.
      if (cut) refetch();
      cut = false;
    });
    source.addEventListener("resync", refetch);
    source.addEventListener("end", () => {
      // The session ended: the next page view goes to sign-in.
      source?.close();
      router.refresh();
    });
    source.addEventListener("error", () => {
      cut = true;
      if (source?.readyState === EventSource.CLOSED) fallBackToFocus();
    });
    return () => {
      source?.close();
      window.removeEventListener("focus", refetch);
      document.removeEventListener("visibilitychange", refetch);
      if (timer.current) clearTimeout(timer.current);
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
      <div role="log" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
    </LiveContext.Provider>
  );
}
