"use client";
// The interactive parts of a note: edit in place, delete (with a confirmation step),
// resolve or reopen, hide or restore (secretariat), reply, and the links to the note
// and to "Make this an action". Only the controls the server would accept are shown;
// the server checks again on every write. After each write focus stays on a control
// that still exists (the toggled button, the new reply, the next note) and the notes
// live region says what happened (note-announcer.tsx).
import { useActionState, useCallback, useRef, useState, type ReactNode } from "react";
import {
  deleteAnnotationAction,
  editAnnotationAction,
  replyAction,
  setHiddenAction,
  setResolvedAction,
  type TNoteFormState,
} from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TNoteView } from "@/lib/annotations/types";
import { formatTags } from "@/lib/annotations/tags";
import { newActionFromNotePath, noteDomId } from "@/lib/annotations/paths";
import { Button, buttonClass } from "@/components/ui/button";
import { ButtonForm } from "./button-form";
import { EditForm } from "./edit-form";
import { useEditableSource } from "./use-editable-source";
import { BodyField, errorText } from "./note-fields";
import { focusSoon } from "./focus-soon";
import { announceNote } from "./note-announcer";
import { SubmitButton } from "./submit-button";
import { useFormOutcome } from "./use-form-outcome";

/**
 * Where focus goes when a note leaves the panel: the next note (or the one before),
 * else the panel's heading. Worked out before the write, while the note is there.
 */
function focusAfterRemoving(noteId: string): () => void {
  const card = document.getElementById(noteDomId(noteId));
  const item = card?.closest("li");
  const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>("article[tabindex]");
  return () => focusSoon(() => (card?.isConnected ? null : (neighbour ?? document.getElementById("notes-heading"))));
}

// The secondary button look, on a native button so focus can be returned to it.
const SECONDARY = "btn-small";

type Props = {
  note: Pick<TNoteView, "id" | "tags" | "can" | "href"> & { resolved: boolean; hidden: boolean };
  tagSuggestions: string[];
  /** Set on the note's own page: where to go once the note is deleted. */
  returnTo?: string;
  body: ReactNode;
  replies: ReactNode;
};

/**
 * Deleting on the note's own page: the server sends the browser back to the theme
 * (a redirect, which also works without JavaScript), and Next leaves focus where it
 * was — on a button that is gone. Waits for the theme's notes heading, focuses it and
 * says the note was deleted in that page's live region.
 */
function focusOnThemeAfterDeleting(message: string): () => void {
  // (The pause lets the new page's live region start listening.)
  focusSoon(() => document.getElementById("notes-heading"), { within: 10_000, then: () => setTimeout(() => announceNote(message), 100) });
  return () => undefined;
}

export function NoteThread({ note, tagSuggestions, returnTo, body, replies }: Props) {
  const t = useTranslator();
  const { editor, open, close } = useEditableSource("note", note.id);
  const [confirming, setConfirming] = useState(false);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = editor.status === "open";
  // Focus goes back to the button that opened the form — once it is back: React may
  // commit the closed form a frame or more after the save is known (a single frame's
  // wait lost focus to the page body when the machine was busy).
  const stopEditing = () => {
    close();
    focusSoon(() => editButton.current);
  };
  const stopReplying = useCallback((savedId?: string) => {
    setReplying(false);
    // A new reply is focused once shown (the panel shows the first replies only);
    // otherwise, or on cancel, the Reply button.
    if (savedId) focusSoon(() => document.getElementById(`reply-${savedId}`), { fallback: () => replyButton.current });
    else focusSoon(() => replyButton.current);
  }, []);

  return (
    <>
      {editor.status === "open" ? (
        <EditForm
          t={t}
          action={editAnnotationAction}
          idField={{ name: "annotationId", value: note.id }}
          version={editor.source.version}
          body={editor.source.body}
          tags={{ value: formatTags(editor.source.tags), suggestions: tagSuggestions }}
          label={t.t("annotations.composer.body")}
          onDone={stopEditing}
        />
      ) : (
        body
      )}
      <div role="group" aria-label={t.t("annotations.note.controls")} className="flex flex-wrap items-start gap-2">
        {note.can.reply ? (
          <button ref={replyButton} type="button" className={SECONDARY} aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
            {t.t("annotations.note.reply")}
          </button>
        ) : null}
        {note.can.edit && !editing ? (
          <button ref={editButton} type="button" className={SECONDARY} onClick={() => editor.status !== "loading" && void open()} aria-disabled={editor.status === "loading"}>
            {t.t("annotations.note.edit")}
          </button>
        ) : null}
        {note.can.resolve ? (
          <ButtonForm
            t={t}
            action={setResolvedAction}
            fields={{ annotationId: note.id, resolved: note.resolved ? "false" : "true" }}
            label={note.resolved ? t.t("annotations.note.reopen") : t.t("annotations.note.resolve")}
            done={note.resolved ? t.t("annotations.announce.reopened") : t.t("annotations.announce.resolved")}
            // Filtered to open or resolved threads, the note leaves the panel.
            onWrite={() => focusAfterRemoving(note.id)}
          />
        ) : null}
        {note.can.moderate ? (
          <ButtonForm
            t={t}
            action={setHiddenAction}
            fields={{ annotationId: note.id, hidden: note.hidden ? "false" : "true" }}
            label={note.hidden ? t.t("annotations.note.unhide") : t.t("annotations.note.hide")}
            done={note.hidden ? t.t("annotations.announce.restored") : t.t("annotations.announce.hidden")}
          />
        ) : null}
        {note.can.delete && !confirming ? (
          <Button variant="small" onClick={() => setConfirming(true)}>
            {t.t("annotations.note.delete")}
          </Button>
        ) : null}
        {note.can.makeAction ? (
          <a href={newActionFromNotePath(note.id)} className="link-small">
            {t.t("annotations.note.makeAction")}
          </a>
        ) : null}
        {returnTo ? null : (
          <a href={note.href} className="link-small">
            {t.t("annotations.note.permalink")}
          </a>
        )}
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2 rounded border border-danger p-2" role="group" aria-label={t.t("annotations.note.confirmDelete")}>
          <span className="text-sm">{t.t("annotations.note.confirmDelete")}</span>
          <ButtonForm
            t={t}
            action={deleteAnnotationAction}
            fields={{ annotationId: note.id, ...(returnTo ? { returnTo } : {}) }}
            label={t.t("annotations.note.confirmDeleteYes")}
            done={t.t("annotations.announce.noteDeleted")}
            onWrite={() => (returnTo ? focusOnThemeAfterDeleting(t.t("annotations.announce.noteDeleted")) : focusAfterRemoving(note.id))}
            variant="primary"
          />
          <Button variant="small" onClick={() => setConfirming(false)} autoFocus>
            {t.t("annotations.composer.cancel")}
          </Button>
        </div>
      ) : null}
      {editor.status === "gone" ? (
        <p role="alert" className="text-sm text-danger">
          {t.t("annotations.errors.notFound")}
        </p>
      ) : null}
      {replies}
      {replying ? <ReplyForm annotationId={note.id} onDone={stopReplying} /> : null}
    </>
  );
}

const EMPTY_REPLY: TNoteFormState = { status: "idle", values: { body: "", tags: "", scope: "" }, savedCount: 0 };

function ReplyForm({ annotationId, onDone }: { annotationId: string; onDone: (savedId?: string) => void }) {
  const t = useTranslator();
  const [state, run, pending] = useActionState(replyAction, EMPTY_REPLY);
  const [body, setBody] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const onSaved = useCallback(
    (saved: TNoteFormState) => {
      setBody("");
      onDone(saved.saved?.id);
    },
    [onDone],
  );
  useFormOutcome({ t, state, form, onSaved, savedMessage: t.t("annotations.reply.saved") });
  return (
    <form ref={form} action={run} className="grid gap-2 border-l-4 border-line pl-3" noValidate>
      <input type="hidden" name="annotationId" value={annotationId} />
      <BodyField
        id={`reply-${annotationId}`}
        label={t.t("annotations.reply.body")}
        value={body}
        onChange={setBody}
        rows={3}
        error={errorText(t, state.status === "error" ? state.fieldErrors?.body : undefined)}
        autoFocus
      />
      <p role="alert" className="min-h-5 text-sm font-medium text-danger">
        {state.status === "error" && state.formError ? errorText(t, state.formError) : null}
      </p>
      <div className="flex gap-2">
        <SubmitButton pending={pending} className={buttonClass("primary")}>
          {pending ? t.t("annotations.reply.saving") : t.t("annotations.reply.save")}
        </SubmitButton>
        <Button variant="secondary" onClick={() => onDone()}>
          {t.t("annotations.reply.cancel")}
        </Button>
      </div>
    </form>
  );
}
