"use client";
// A reply's own controls: its author edits it in place (history kept), its author or
// the head of the author's delegation deletes it. Focus comes back to the Edit button
// after editing, and to the note after deleting; the live region says what happened.
import { useCallback, useRef, useState, type ReactNode } from "react";
import { deleteReplyAction, editReplyAction } from "@/lib/actions/annotations";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TReplyView } from "@/lib/annotations/types";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "./button-form";
import { EditForm } from "./edit-form";
import { useEditableSource } from "./use-editable-source";
import { focusSoon } from "./focus-soon";

type Props = {
  reply: Pick<TReplyView, "id" | "can">;
  body: ReactNode;
};

export function ReplyItem({ reply, body }: Props) {
  const t = useTranslator();
  const { editor, open, close } = useEditableSource("reply", reply.id);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = useCallback(() => {
    close();
    focusSoon(() => editButton.current);
  }, [close]);
  // A deleted reply leaves its note: focus goes to the note card.
  const focusNoteAfterDelete = () => {
    const item = document.getElementById(`reply-${reply.id}`);
    const card = item?.closest<HTMLElement>("article[tabindex]");
    return () => focusSoon(() => (item?.isConnected ? null : card));
  };
  if (editor.status === "open") {
    return (
      <EditForm
        t={t}
        action={editReplyAction}
        idField={{ name: "replyId", value: reply.id }}
        version={editor.source.version}
        body={editor.source.body}
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
            <Button ref={editButton} variant="small" onClick={() => editor.status !== "loading" && void open()} aria-disabled={editor.status === "loading"}>
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
              <ButtonForm
                t={t}
                action={deleteReplyAction}
                fields={{ replyId: reply.id }}
                label={t.t("annotations.reply.confirmDeleteYes")}
                done={t.t("annotations.announce.replyDeleted")}
                onWrite={focusNoteAfterDelete}
                variant="primary"
              />
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
