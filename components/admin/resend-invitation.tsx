"use client";
import { useActionState } from "react";
import type { TFormState } from "@/lib/forms/form-state";
import { useTranslator } from "@/lib/i18n/client-translator";
import { Button } from "@/components/ui/button";

export function ResendInvitation({
  action,
  name,
}: {
  action: (state: TFormState) => Promise<TFormState>;
  name: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = useTranslator();
  return (
    <form action={formAction} className="grid gap-1">
      <Button type="submit" variant="secondary" disabled={pending}>
        {t.t("admin.people.resend")}
        <span className="sr-only"> ({name})</span>
      </Button>
      <div aria-live="polite">
        {state.link ? <p className="break-all font-mono text-xs" data-testid="invitation-link">{state.link}</p> : null}
        {state.formError || state.fieldErrors ? (
          <p className="text-sm text-danger">{t.tKnown(state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? "", "admin.errors.generic")}</p>
        ) : null}
      </div>
    </form>
  );
}
