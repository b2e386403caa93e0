"use client";
// A reply's own controls: its author edits it in place (history kept), its author or
// the head of the author's delegation deletes it.
import { useState, type ReactNode } from "react";
import { deleteReplyAction, editReplyAction } from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TReplyView } from "@/lib/annotations/types";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "./button-form";
import { EditForm } from "./edit-form";
import { useEditableSource } from "./use-editable-source";

type Props = {
  reply: Pick<TReplyView, "id" | "can">;
  body: ReactNode;
};

export function ReplyItem({ reply, body }: Props) {
  const t = useTranslator();
  const { editor, open, close } = useEditableSource("reply", reply.id);
  const [confirming, setConfirming] = useState(false);
  if (editor.status === "open") {
    return (
      <EditForm
        t={t}
        action={editReplyAction}
        idField={{ name: "replyId", value: reply.id }}
        version={editor.source.version}
        body={editor.source.body}
        label={t.t("annotations.reply.body")}
        onDone={close}
      />
    );
  }
  return (
    <>
      {body}
      {reply.can.edit || reply.can.delete ? (
        <div className="flex flex-wrap items-center gap-2">
          {reply.can.edit ? (
            <Button variant="small" onClick={() => void open()} disabled={editor.status === "loading"}>
              {t.t("annotations.reply.edit")}
            </Button>
          ) : null}
          {reply.can.delete && !confirming ? (
            <Button variant="small" onClick={() => setConfirming(true)}>
              {t.t("annotations.reply.delete")}
            </Button>
          ) : null}
          {confirming ? (
            <>
              <span className="text-sm">{t.t("annotations.reply.confirmDelete")}</span>
              <ButtonForm t={t} action={deleteReplyAction} fields={{ replyId: reply.id }} label={t.t("annotations.reply.confirmDeleteYes")} variant="primary" />
              <Button variant="small" onClick={() => setConfirming(false)} autoFocus>
                {t.t("annotations.reply.cancel")}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      {editor.status === "gone" ? (
        <p role="alert" className="text-sm text-danger">
          {t.t("annotations.errors.notFound")}
        </p>
      ) : null}
    </>
  );
}
