"use client";
// What a note form does once the server answers: on a refusal, focus goes to the
// first field marked invalid (the submit button keeps it when the error is not about
// a field) and the notes live region says why; on a save, the form's own `onSaved`
// runs (close, reset, move focus) and, if given, `savedMessage` is said.
import { useEffect, useRef, type RefObject } from "react";
import type { TNoteFormState } from "@/lib/actions/annotations";
import type { Translator } from "@/lib/i18n/translator";
import { errorText } from "./note-fields";
import { announceNote } from "./note-announcer";
import { focusFirstInvalid } from "./focus-soon";

type TOutcome = {
  t: Translator;
  state: TNoteFormState;
  form: RefObject<HTMLFormElement | null>;
  onSaved: (state: TNoteFormState) => void;
  savedMessage?: string;
};

export function useFormOutcome({ t, state, form, onSaved, savedMessage }: TOutcome): void {
  const handled = useRef<TNoteFormState>(state);
  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    if (state.status === "error") {
      const firstField = Object.values(state.fieldErrors ?? {})[0];
      const reason = errorText(t, state.formError ?? firstField) ?? "";
      announceNote(t.t("annotations.announce.notSaved", { reason }));
      focusFirstInvalid(form.current);
    } else if (state.status === "saved") {
      if (savedMessage) announceNote(savedMessage);
      onSaved(state);
    }
  }, [t, state, form, onSaved, savedMessage]);
}
