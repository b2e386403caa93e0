"use client";
import { useActionState } from "react";
import { changePasswordAction, type TChangePasswordState } from "@/lib/actions/account";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { fillRetryTime } from "@/lib/auth/retry-time";

export type TChangePasswordLabels = {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  hint: string;
  save: string;
  saving: string;
  done: string;
  messages: Record<string, string>;
};

export function ChangePasswordForm({ labels }: { labels: TChangePasswordLabels }) {
  const [state, action, pending] = useActionState<TChangePasswordState, FormData>(changePasswordAction, {});
  const message = (key?: string) => (key ? (labels.messages[key] ?? key) : undefined);
  return (
    <form action={action} className="grid max-w-md gap-2" noValidate>
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-ok">
        {state.done ? labels.done : null}
      </p>
      <p aria-live="polite" className="text-danger">
        {message(state.formError)}
      </p>
      <TextField id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" label={labels.currentPassword} error={state.fieldErrors?.currentPassword && fillRetryTime(message(state.fieldErrors.currentPassword)!, state.retryAt)} required />
      <TextField id="newPassword" name="newPassword" type="password" autoComplete="new-password" label={labels.newPassword} hint={labels.hint} error={message(state.fieldErrors?.newPassword)} required minLength={12} maxLength={128} />
      <TextField id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" label={labels.confirmPassword} error={message(state.fieldErrors?.confirmPassword)} required />
      <Button type="submit" disabled={pending}>
        {pending ? labels.saving : labels.save}
      </Button>
    </form>
  );
}
