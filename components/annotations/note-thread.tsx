"use client";
// The interactive parts of a note: edit in place, delete (with a confirmation step),
// resolve or reopen, hide or restore (secretariat), reply, and the links to the note
// and to "Make this an action". Only the controls the server would accept are shown;
// the server checks again on every write.
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
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
import { newActionFromNotePath } from "@/lib/annotations/paths";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "./button-form";
import { EditForm } from "./edit-form";
import { useEditableSource } from "./use-editable-source";
import { BodyField, errorText } from "./note-fields";

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

export function NoteThread({ note, tagSuggestions, returnTo, body, replies }: Props) {
  const t = useTranslator();
  const { editor, open, close } = useEditableSource("note", note.id);
  const [confirming, setConfirming] = useState(false);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = editor.status === "open";
  // Focus goes back to the button that opened the form.
  const stopEditing = () => {
    close();
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const stopReplying = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };

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
          <button ref={editButton} type="button" className={SECONDARY} onClick={() => void open()} disabled={editor.status === "loading"}>
            {t.t("annotations.note.edit")}
          </button>
        ) : null}
        {note.can.resolve ? (
          <ButtonForm
            t={t}
            action={setResolvedAction}
            fields={{ annotationId: note.id, resolved: note.resolved ? "false" : "true" }}
            label={note.resolved ? t.t("annotations.note.reopen") : t.t("annotations.note.resolve")}
          />
        ) : null}
        {note.can.moderate ? (
          <ButtonForm
            t={t}
            action={setHiddenAction}
            fields={{ annotationId: note.id, hidden: note.hidden ? "false" : "true" }}
            label={note.hidden ? t.t("annotations.note.unhide") : t.t("annotations.note.hide")}
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

function ReplyForm({ annotationId, onDone }: { annotationId: string; onDone: () => void }) {
  const t = useTranslator();
  const [state, run, pending] = useActionState(replyAction, EMPTY_REPLY);
  const [body, setBody] = useState("");
  const handled = useRef(0);
  useEffect(() => {
    if (state.status === "saved" && state.savedCount !== handled.current) {
      handled.current = state.savedCount;
      setBody("");
      onDone();
    }
  }, [state, onDone]);
  return (
    <form action={run} className="grid gap-2 border-l-4 border-line pl-3" noValidate>
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
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t.t("annotations.reply.saving") : t.t("annotations.reply.save")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t.t("annotations.reply.cancel")}
        </Button>
      </div>
    </form>
  );
}
