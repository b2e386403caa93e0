"use client";
import { useActionState } from "react";
import type { TCarryState } from "@/lib/actions/carry";
import { Button } from "@/components/ui/button";

// A carry button (a position, an action). The message of a
// refusal (carried already, target locked) is announced where the button is.
export function CarryButton({ action, labels }: { action: () => Promise<TCarryState>; labels: { carry: string; carrying: string } }) {
  const [state, formAction, pending] = useActionState<TCarryState>(action, {});
  return (
    <form action={formAction} className="grid gap-1">
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
        {pending ? labels.carrying : labels.carry}
      </Button>
      <p role="alert" className="text-sm text-danger empty:hidden">
        {state.error ?? null}
      </p>
    </form>
  );
}
