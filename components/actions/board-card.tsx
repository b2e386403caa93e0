"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { takeMovedCard } from "./moved-card-focus";

// A card on the board. When it arrives in a new column after a move made from its
// own form, it takes the focus and says where it went.
export function BoardCard({ id, movedText, children }: { id: string; movedText: string; children: ReactNode }) {
  const ref = useRef<HTMLLIElement>(null);
  const [justMoved, setJustMoved] = useState(false);
  useEffect(() => {
    if (!takeMovedCard(id)) return;
    ref.current?.querySelector<HTMLAnchorElement>("a")?.focus();
    // Reacting to a one-off event that happened outside React (the move).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setJustMoved(true);
  }, [id]);
  return (
    <li ref={ref} className="grid gap-2 rounded border border-line bg-white p-3 shadow-sm">
      {children}
      {justMoved ? (
        <p role="status" className="text-sm font-medium text-ok">
          {movedText}
        </p>
      ) : null}
    </li>
  );
}
