"use client";
// The link between the one live stream of a tab (LiveUpdates, in the signed-in
// layout) and the pages that say what they show (LiveWatch).
import { createContext } from "react";
import type { TLiveWatch } from "@/lib/live/watch";

export type TLiveRegistry = { register(watch: TLiveWatch): () => void };

export const LiveContext = createContext<TLiveRegistry | null>(null);
