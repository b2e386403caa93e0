"use client";
import { useActionState, useMemo, useState } from "react";
import type { TPositionEditorState } from "@/lib/actions/positions";
import { Button } from "@/components/ui/button";
import { mergeThreeWay } from "@/lib/positions/merge";
import { wordDiff } from "@/lib/positions/word-diff";
import { DiffView, type TDiffLabels } from "./diff-view";

export type TPositionEditorLabels = {
  label: string;
  /** With {revision}. */
  hint: string;
  save: string;
  saving: string;
  /** With {status}; `statuses` translates it. */
  locked: string;
  statuses: Record<string, string>;
  conflict: {
    title: string;
    body: string;
    yours: string;
    /** With {revision}, {person}, {delegation}. */
    theirs: string;
    /** With {revision}. */
    theirsNoPerson: string;
    diffHeading: string;
    diffLegend: string;
    merged: string;
    autoMerged: string;
    manual: string;
    useMine: string;
    useTheirs: string;
    saveMerged: string;
  };
  diff: TDiffLabels;
  /** Translations of the message keys the action may return. */
  messages: Record<string, string>;
};

type TAction = (previous: TPositionEditorState, formData: FormData) => Promise<TPositionEditorState>;

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

// The editor of a group position. The form carries the revision it started from; if
// someone saved in between, the action answers with their text and the editor turns
// into the conflict view: both texts side by side, the word diff, and a merge field
// (pre-filled with an automatic merge when the two edits do not overlap, else with
// the person's own text). Whatever happens, what the person typed stays on screen.
export function PositionEditor({
  action,
  initial,
  labels,
}: {
  action: TAction;
  initial: { baseRevision: number; body: string };
  labels: TPositionEditorLabels;
}) {
  const [state, formAction, pending] = useActionState<TPositionEditorState, FormData>(action, { attempt: 0, ...initial });
  const [text, setText] = useState(initial.body);
  const [seenAttempt, setSeenAttempt] = useState(0);
  const conflict = state.conflict;

  const merge = useMemo(() => (conflict ? mergeThreeWay(conflict.baseBody, state.body, conflict.body) : null), [conflict, state.body]);
  const diff = useMemo(() => (conflict ? wordDiff(conflict.body, state.body) : []), [conflict, state.body]);

  // A new answer from the action: keep what was typed, or propose the merge.
  if (state.attempt !== seenAttempt) {
    setSeenAttempt(state.attempt);
    setText(conflict && merge?.clean ? merge.text : state.body);
  }

  const message = (key?: string) => (key ? (labels.messages[key] ?? labels.messages["positions.errors.generic"]) : undefined);
  const fieldError = message(state.fieldError);
  const c = labels.conflict;

  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="baseRevision" value={state.baseRevision} />
      <p role="alert" className="min-h-6 font-medium text-danger empty:min-h-0">
        {message(state.formError)}
        {state.lockedStatus ? fill(labels.locked, { status: labels.statuses[state.lockedStatus] ?? state.lockedStatus }) : null}
      </p>

      {conflict ? (
        <section aria-labelledby="conflict-heading" className="grid gap-4 rounded border-2 border-danger p-4">
          <div role="alert">
            <h2 id="conflict-heading" className="text-lg font-semibold">
              {c.title}
            </h2>
            <p>{c.body}</p>
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <section aria-labelledby="conflict-yours" className="grid content-start gap-1">
              <h3 id="conflict-yours" className="font-semibold">
                {c.yours}
              </h3>
              <div className="max-h-80 overflow-auto whitespace-pre-wrap break-words rounded border border-line bg-surface p-3 text-sm" data-testid="conflict-yours">
                {state.body}
              </div>
            </section>
            <section aria-labelledby="conflict-theirs" className="grid content-start gap-1">
              <h3 id="conflict-theirs" className="font-semibold">
                {conflict.person
                  ? fill(c.theirs, { revision: conflict.revision, person: conflict.person, delegation: conflict.delegation ?? "" })
                  : fill(c.theirsNoPerson, { revision: conflict.revision })}
              </h3>
              <div className="max-h-80 overflow-auto whitespace-pre-wrap break-words rounded border border-line bg-surface p-3 text-sm" data-testid="conflict-theirs">
                {conflict.body}
              </div>
            </section>
          </div>
          <section aria-labelledby="conflict-diff" className="grid gap-1">
            <h3 id="conflict-diff" className="font-semibold">
              {c.diffHeading}
            </h3>
            <p className="text-sm text-muted">{c.diffLegend}</p>
            <DiffView segments={diff} labels={labels.diff} />
          </section>
          <p className="font-medium">{merge?.clean ? c.autoMerged : c.manual}</p>
        </section>
      ) : null}

      <div className="grid gap-1">
        <label htmlFor="position-body" className="font-medium">
          {conflict ? c.merged : labels.label}
        </label>
        <p id="position-body-hint" className="text-sm text-muted">
          {fill(labels.hint, { revision: state.baseRevision })}
        </p>
        <textarea
          id="position-body"
          name="body"
          rows={conflict ? 12 : 18}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="position-body-hint position-body-error"
          className="rounded border border-line px-3 py-2 font-mono text-sm aria-[invalid=true]:border-danger"
        />
        <p id="position-body-error" aria-live="polite" className="min-h-5 text-sm text-danger">
          {fieldError}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? labels.saving : conflict ? c.saveMerged : labels.save}
        </Button>
        {conflict ? (
          <>
            <Button type="button" variant="secondary" onClick={() => setText(state.body)}>
              {c.useMine}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setText(conflict.body)}>
              {c.useTheirs}
            </Button>
          </>
        ) : null}
      </div>
    </form>
  );
}
