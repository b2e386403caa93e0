"use client";
// The "new note" dialog: opened from a selection, a paragraph's button or "note on
// the whole theme". A native modal <dialog> keeps focus inside and closes on Escape.
// What was typed stays after a refused save, focus goes to the field to correct and
// the refusal is announced; after a good save the dialog closes, the note is focused
// in the panel if it is on this page, and a link to it is announced. The quoted
// passage is an editable field (passage-field.tsx): the keyboard path to a phrase.
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { createAnnotationAction, type TNoteFormState } from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { Scope } from "@/lib/generated/prisma/enums";
import { noteDomId } from "@/lib/annotations/paths";
import { Button, buttonClass } from "@/components/ui/button";
import { useAnnotationWorkspace } from "./annotation-workspace";
import { BodyField, TagsField, errorText } from "./note-fields";
import { ScopeIcon } from "./scope-style";
import { PassageField } from "./passage-field";
import { SubmitButton } from "./submit-button";
import { useFormOutcome } from "./use-form-outcome";
import { announceNote } from "./note-announcer";
import { focusSoon } from "./focus-soon";

type Props = {
  themeId: string;
  scopes: Scope[];
  delegation: string;
  group: string;
  tagSuggestions: string[];
};

const INITIAL: TNoteFormState = { status: "idle", values: { body: "", tags: "", scope: "" }, savedCount: 0 };

export function NoteComposer({ themeId, scopes, delegation, group, tagSuggestions }: Props) {
  const t = useTranslator();
  const { target, closeComposer } = useAnnotationWorkspace();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState(createAnnotationAction, INITIAL);
  const defaultScope = scopes[0] ?? "DELEGATION";
  const [body, setBody] = useState("");
  const [tags, setTags] = useState("");
  const [scope, setScope] = useState<string>(defaultScope);
  const [announced, setAnnounced] = useState<{ href: string; id: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (target && !element.open) {
      element.showModal();
      // Straight to the text: the passage is already chosen.
      element.querySelector<HTMLElement>("#note-body")?.focus();
    }
    if (!target && element.open) element.close();
  }, [target]);

  // A good save: clear the form, close, and take the person to their note (the link
  // to it is announced by the region above the dialog, which sighted people see too).
  const onSaved = useCallback(
    (next: typeof state) => {
      const saved = next.saved;
      if (!saved) return;
      setBody("");
      setTags("");
      setAnnounced({ id: saved.id, href: saved.href ?? "" });
      closeComposer();
      // In the panel once the page has re-rendered, if it is on this page of notes.
      focusSoon(() => document.getElementById(noteDomId(saved.id)));
    },
    [closeComposer],
  );
  useFormOutcome({ t, state, form, onSaved });

  const fieldError = (name: string) => errorText(t, state.status === "error" ? state.fieldErrors?.[name] : undefined);
  const scopeLabel: Record<Scope, string> = {
    DELEGATION: t.t("annotations.composer.scopeDelegation", { delegation }),
    GROUP: t.t("annotations.composer.scopeGroup", { group }),
    ALL: t.t("annotations.composer.scopeAll"),
  };
  const passage = target?.kind === "passage" ? target : null;

  return (
    <>
      <div aria-live="polite" className="text-sm">
        {announced ? (
          <span>
            {t.t("annotations.composer.saved")}{" "}
            <a href={announced.href} className="text-brand underline underline-offset-2">
              {t.t("annotations.composer.openSaved")}
            </a>
          </span>
        ) : null}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="composer-title"
        onClose={() => {
          if (target) closeComposer();
        }}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded border border-line p-0 shadow-xl backdrop:bg-black/40"
      >
        {target ? (
          <form
            ref={form}
            action={action}
            className="grid gap-3 p-4"
            noValidate
            onSubmit={(event) => {
              // Words that are not in the paragraph: said beside the field, nothing sent.
              const unmatched = event.currentTarget.querySelector<HTMLElement>("[data-unmatched]");
              if (!unmatched) return;
              event.preventDefault();
              unmatched.focus();
              announceNote(t.t("annotations.announce.notSaved", { reason: t.t("annotations.errors.quoteNotInParagraph", { number: passage?.paragraphPosition ?? 0 }) }));
            }}
          >
            <h2 id="composer-title" className="text-lg font-semibold">
              {passage ? t.t("annotations.composer.dialogTitle") : t.t("annotations.composer.dialogTitleTheme")}
            </h2>
            <input type="hidden" name="themeId" value={themeId} />
            {passage ? (
              <PassageField key={`${passage.paragraphId}:${passage.start}:${passage.end}`} t={t} passage={passage} serverError={fieldError("quote")} />
            ) : null}
            <BodyField
              id="note-body"
              label={t.t("annotations.composer.body")}
              hint={t.t("annotations.composer.bodyHint")}
              value={body}
              onChange={setBody}
              error={fieldError("body")}
              autoFocus
            />
            {scopes.length > 1 ? (
              <fieldset aria-describedby="scope-error">
                <legend className="font-medium">{t.t("annotations.composer.scope")}</legend>
                <div className="mt-1 grid gap-1">
                  {scopes.map((s) => (
                    <label key={s} className="flex items-center gap-2">
                      <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
                      <ScopeIcon scope={s} />
                      {scopeLabel[s]}
                    </label>
                  ))}
                </div>
                <span id="scope-error" aria-live="polite" className="block min-h-5 text-sm text-danger">
                  {fieldError("scope")}
                </span>
              </fieldset>
            ) : (
              <div>
                <input type="hidden" name="scope" value={defaultScope} />
                <p className="flex items-center gap-2 text-sm">
                  <ScopeIcon scope={defaultScope} />
                  {t.t("annotations.composer.observerScope")}
                </p>
              </div>
            )}
            <TagsField id="note-tags" t={t} value={tags} onChange={setTags} error={fieldError("tags")} suggestions={tagSuggestions} />
            <p role="alert" className="min-h-5 text-sm font-medium text-danger">
              {state.status === "error" && state.formError ? errorText(t, state.formError) : null}
            </p>
            <div className="flex flex-wrap gap-2">
              <SubmitButton pending={pending} className={buttonClass("primary")}>
                {pending ? t.t("annotations.composer.saving") : t.t("annotations.composer.save")}
              </SubmitButton>
              <Button type="button" variant="secondary" onClick={closeComposer}>
                {t.t("annotations.composer.cancel")}
              </Button>
            </div>
          </form>
        ) : null}
      </dialog>
    </>
  );
}
