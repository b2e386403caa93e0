"use client";
import { useActionState } from "react";
import { addFollowUpComment, type TSimpleFormState } from "@/lib/actions/follow-up-actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";

export type TCommentLabels = { label: string; hint: string; submit: string; submitting: string; messages: Record<string, string> };

export function CommentForm({ actionId, labels }: { actionId: string; labels: TCommentLabels }) {
  const [state, action, pending] = useActionState<TSimpleFormState, FormData>(addFollowUpComment, {});
  const message = (key?: string) => (key ? (labels.messages[key] ?? labels.messages["actions.errors.generic"]) : undefined);
  return (
    // Re-mounted after each answer: empty after a posted comment, typed text back after an error.
    <form key={JSON.stringify(state)} action={action} className="grid gap-1" noValidate>
      <input type="hidden" name="actionId" value={actionId} />
      <p role="alert" className="font-medium text-danger">
        {message(state.formError)}
      </p>
      <TextAreaField
        id="comment-body"
        name="body"
        label={labels.label}
        hint={labels.hint}
        rows={3}
        maxLength={5000}
        defaultValue={state.values?.body ?? ""}
        error={message(state.fieldErrors?.body)}
      />
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </Button>
      </div>
    </form>
  );
}
