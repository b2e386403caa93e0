"use client";
// The "new note" dialog: opened from a selection, a paragraph's button or "note on
// the whole theme". A native modal <dialog> keeps focus inside and closes on Escape.
// What was typed stays after a refused save; after a good one the dialog closes, the
// note is focused in the panel if it is on this page, and a link to it is announced.
import { useActionState, useEffect, useRef, useState } from "react";
import { createAnnotationAction, type TNoteFormState } from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { Scope } from "@/lib/generated/prisma/enums";
import { noteDomId } from "@/lib/annotations/paths";
import { Button } from "@/components/ui/button";
import { useAnnotationWorkspace } from "./annotation-workspace";
import { BodyField, TagsField, errorText } from "./note-fields";
import { ScopeIcon } from "./scope-style";

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
  const lastSaved = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (target && !element.open) {
      element.showModal();
      // Straight to the text: the passage is already chosen.
      element.querySelector("textarea")?.focus();
    }
    if (!target && element.open) element.close();
  }, [target]);

  // A good save: clear the form, close, and take the person to their note.
  useEffect(() => {
    if (state.status !== "saved" || !state.saved || state.savedCount === lastSaved.current) return;
    lastSaved.current = state.savedCount;
    setBody("");
    setTags("");
    setAnnounced(state.saved);
    closeComposer();
    const saved = state.saved;
    requestAnimationFrame(() => document.getElementById(noteDomId(saved.id))?.focus());
  }, [state, closeComposer]);

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
          <form action={action} className="grid gap-3 p-4" noValidate>
            <h2 id="composer-title" className="text-lg font-semibold">
              {passage ? t.t("annotations.composer.dialogTitle") : t.t("annotations.composer.dialogTitleTheme")}
            </h2>
            <input type="hidden" name="themeId" value={themeId} />
            {passage ? (
              <div>
                <input type="hidden" name="paragraphId" value={passage.paragraphId} />
                <input type="hidden" name="start" value={passage.start} />
                <input type="hidden" name="end" value={passage.end} />
                <input type="hidden" name="quote" value={passage.quote} />
                <span className="text-sm font-medium">
                  {t.t("annotations.composer.passage")} ({t.t("annotations.composer.onParagraph", { number: passage.paragraphPosition })})
                </span>
                <blockquote className="mt-1 border-l-4 border-line pl-3 text-sm italic">
                  {passage.quote.length > 400 ? `${passage.quote.slice(0, 400).trimEnd()}…` : passage.quote}
                </blockquote>
                <span id="quote-error" aria-live="polite" className="block min-h-5 text-sm text-danger">
                  {fieldError("quote")}
                </span>
              </div>
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
              <Button type="submit" disabled={pending} aria-disabled={pending}>
                {pending ? t.t("annotations.composer.saving") : t.t("annotations.composer.save")}
              </Button>
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
