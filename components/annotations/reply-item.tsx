"use client";
// A reply's own controls: its author edits it in place (history kept), its author or
// the head of the author's delegation deletes it.
import { useCallback, useState, type ReactNode } from "react";
import { deleteReplyAction, editReplyAction } from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TReplyView } from "@/lib/annotations/types";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "./button-form";
import { EditForm } from "./edit-form";

type Props = {
  reply: Pick<TReplyView, "id" | "version" | "source" | "can">;
  body: ReactNode;
};

export function ReplyItem({ reply, body }: Props) {
  const t = useTranslator();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const stopEditing = useCallback(() => setEditing(false), []);
  if (editing && reply.source !== null) {
    return (
      <EditForm
        t={t}
        action={editReplyAction}
        idField={{ name: "replyId", value: reply.id }}
        version={reply.version}
        body={reply.source}
        label={t.t("annotations.reply.body")}
        onDone={stopEditing}
      />
    );
  }
  return (
    <>
      {body}
      {reply.can.edit || reply.can.delete ? (
        <div className="flex flex-wrap items-center gap-2">
          {reply.can.edit ? (
            <Button variant="secondary" className="text-sm" onClick={() => setEditing(true)}>
              {t.t("annotations.reply.edit")}
            </Button>
          ) : null}
          {reply.can.delete && !confirming ? (
            <Button variant="secondary" className="text-sm" onClick={() => setConfirming(true)}>
              {t.t("annotations.reply.delete")}
            </Button>
          ) : null}
          {confirming ? (
            <>
              <span className="text-sm">{t.t("annotations.reply.confirmDelete")}</span>
              <ButtonForm t={t} action={deleteReplyAction} fields={{ replyId: reply.id }} label={t.t("annotations.reply.confirmDeleteYes")} variant="primary" />
              <Button variant="secondary" className="text-sm" onClick={() => setConfirming(false)} autoFocus>
                {t.t("annotations.reply.cancel")}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
