"use client";
import { useActionState } from "react";
import { signInAction, type TSignInState } from "@/lib/actions/auth";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { fillRetryTime } from "@/lib/auth/retry-time";

export type TSignInLabels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  /** Translations of the message keys the action may return. */
  messages: Record<string, string>;
};

export function SignInForm({ labels, next }: { labels: TSignInLabels; next: string }) {
  const [state, action, pending] = useActionState<TSignInState, FormData>(signInAction, { email: "" });
  const message = (key?: string) => (key ? (labels.messages[key] ?? labels.messages["signIn.errors.generic"]) : undefined);
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="next" value={next} />
      <p role="alert" className="min-h-6 font-medium text-danger">
        {fillRetryTime(message(state.formError) ?? "", state.retryAt)}
      </p>
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        label={labels.email}
        defaultValue={state.email}
        key={`email-${state.email}`}
        error={message(state.fieldErrors?.email)}
        required
      />
      <TextField
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={labels.password}
        error={message(state.fieldErrors?.password)}
        required
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
