"use client";
// After a card is moved on the board it is re-rendered in another column, and the
// focus would fall back to the page. The move form notes which card moved; the card
// takes the focus back when it mounts in its new column, so keyboard users stay put.
let movedId: string | null = null;

export function rememberMovedCard(id: string | null) {
  movedId = id;
}

export function takeMovedCard(id: string): boolean {
  if (movedId !== id) return false;
  movedId = null;
  return true;
}
