// What both passes of the authorisation matrix plant before checking cells: one
// meeting of their own (so counts and lists see nothing but what is planted here),
// one theme per situation, and the texts that carry the canaries. The data-access
// pass plants it through the service functions, the HTTP pass through the app's own
// server actions; the shapes are the same.
import type { TCanaries } from "./matrix";

/** One theme per situation, so that no cell depends on another's writes. */
export const THEMES = {
  /** Read and listed by everyone; nothing else happens on it. */
  read: "AZ-READ",
  /** One note each: the meeting page's count beside the theme is that note's alone. */
  noteDelegation: "AZ-NDEL",
  noteGroup: "AZ-NGRP",
  noteAll: "AZ-NALL",
  /** New public notes written by the "annotate" cells. */
  annotate: "AZ-ANN",
  /** Notes, replies and actions created as targets of write cells; the planted actions. */
  writes: "AZ-WRT",
  /** The GOVERNMENT positions, one per status, and Sri Lanka's stances. */
  draft: "AZ-DRAFT",
  agreed: "AZ-AGREED",
  delivered: "AZ-DELIV",
} as const;
export type TThemeKey = keyof typeof THEMES;

export const THEME_CODES = Object.values(THEMES);

export function meetingInput(slug: string) {
  // In the past, so no home page lists these themes as still to do.
  return { slug, kind: "REGIONAL_PREPARATORY", title: `Authorisation matrix ${slug}`, venue: "Geneva", startsOn: "2013-05-02", endsOn: "2013-05-03" } as const;
}

export function themeBackground(code: string): string {
  return `Background of ${code} for the authorisation matrix.\n\nA second paragraph about recruitment fees and bilateral agreements.`;
}

/** The planted texts: each carries its canary, so a leak is a string search away. */
export function plantedTexts(c: TCanaries) {
  return {
    noteDelegation: `Delegation-only note ${c.noteDelegation}`,
    noteGroup: `Group-only note ${c.noteGroup}`,
    noteAll: `Public note ${c.noteAll}`,
    replyDelegation: `Delegation reply ${c.replyDelegation}`,
    replyGroup: `Group reply ${c.replyGroup}`,
    actionDelegation: { title: `Delegation action ${c.actionDelegation}`, description: `Private brief ${c.actionDelegationDescription}` },
    actionDelegationComment: `Delegation comment ${c.actionDelegationComment}`,
    actionGroup: { title: `Group action ${c.actionGroup}`, description: `Group brief ${c.actionGroupDescription}` },
    actionGroupComment: `Group comment ${c.actionGroupComment}`,
    positionDraft: `Draft position ${c.positionDraft}`,
    positionAgreed: `Agreed position ${c.positionAgreed}`,
    /** The first draft of the delivered position: only its history shows it. */
    positionDeliveredHistory: `Earlier draft ${c.positionDeliveredHistory}`,
    positionDelivered: `Delivered position ${c.positionDelivered}`,
    stanceDraft: `Our reservations ${c.stanceDraft}`,
    stanceDelivered: `Our view ${c.stanceDelivered}`,
    /** An action created and deleted by Sri Lanka's head: its title lives on in the audit log only. */
    auditDelegation: `Deleted action ${c.auditDelegation}`,
  };
}

/** Due date of the planted actions (appears in calendar feeds of the assignees). */
export const ACTION_DUE_ON = "2031-06-30";
