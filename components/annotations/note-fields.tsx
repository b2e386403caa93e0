"use client";
// The fields shared by the note composer, the edit form and the reply form: a
// Markdown text area and a tag list with suggestions. Errors are i18n keys shown
// beside the field, announced politely and tied to it by aria-describedby.
import type { Translator } from "@/lib/i18n/translator";
import { MAX_NOTE_BODY_LENGTH } from "@/lib/annotations/body-length";
import { parseTags } from "@/lib/annotations/tags";

export function errorText(t: Translator, key: string | undefined): string | undefined {
  return key ? t.tKnown(key, "annotations.errors.invalid") : undefined;
}

type TBodyFieldProps = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  autoFocus?: boolean;
};

export function BodyField({ id, label, hint, value, onChange, error, rows = 5, autoFocus }: TBodyFieldProps) {
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        name="body"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        // A little over the limit so the server's message, not a silent cut, explains it.
        maxLength={MAX_NOTE_BODY_LENGTH + 1000}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        autoFocus={autoFocus}
        className="rounded border border-line px-3 py-2 aria-[invalid=true]:border-danger"
      />
      <span id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm text-danger">
        {error}
      </span>
    </div>
  );
}

type TTagsFieldProps = {
  id: string;
  t: Translator;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  suggestions: string[];
};

export function TagsField({ id, t, value, onChange, error, suggestions }: TTagsFieldProps) {
  const chosen = new Set(parseTags(value).map((tag) => tag.toLocaleLowerCase("en")));
  const offered = suggestions.filter((tag) => !chosen.has(tag.toLocaleLowerCase("en"))).slice(0, 12);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t.t("annotations.composer.tags")}
      </label>
      <input
        id={id}
        name="tags"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className="rounded border border-line px-3 py-2 aria-[invalid=true]:border-danger"
      />
      <span id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm text-danger">
        {error}
      </span>
      {offered.length > 0 ? (
        <div role="group" aria-label={t.t("annotations.composer.tagSuggestions")} className="flex flex-wrap gap-1">
          {offered.map((tag) => (
            <button
              key={tag}
              type="button"
              className="rounded border border-line bg-surface px-2 py-0.5 text-sm hover:bg-white"
              onClick={() => onChange(value.trim() ? `${value.replace(/[,\s]+$/, "")}, ${tag}` : tag)}
            >
              <span className="sr-only">{t.t("annotations.composer.addTag", { tag })}</span>
              <span aria-hidden="true">+ {tag}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
