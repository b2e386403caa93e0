"use client";
// Declares what the page around it shows, so the tab's live stream refreshes it when
// that changes (components/live/live-updates.tsx). Renders nothing.
import { useContext, useEffect } from "react";
import type { TLiveWatch } from "@/lib/live/watch";
import { LiveContext } from "./live-context";

export function LiveWatch({ kinds, themeId, subjectId, announceOnly }: TLiveWatch) {
  const registry = useContext(LiveContext);
  const kindsKey = kinds?.join(",");
  useEffect(() => {
    if (!registry) return;
    return registry.register({ kinds: kindsKey ? kindsKey.split(",") : undefined, themeId, subjectId, announceOnly });
  }, [registry, kindsKey, themeId, subjectId, announceOnly]);
  return null;
}
