"use client";
import { useActionState, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import {
  createFollowUpAction,
  updateFollowUpAction,
  type TActionFormState,
  type TActionFormValues,
} from "@/lib/actions/follow-up-actions";
import type { TActionSnapshot } from "@/lib/dal/actions-write";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { TActionFormLabels } from "./action-form-labels";

export type TFormMeeting = { id: string; title: string; themes: { id: string; code: string; title: string }[] };
export type TFormPerson = { id: string; name: string; delegationId: string; delegationName: string };

type TScopeChoice =
  | { kind: "choose"; delegationLabel: string; groupLabel: string; groupAllowed: boolean }
  | { kind: "fixed"; text: string; scope: "DELEGATION" | "GROUP" };

export type TActionFormProps = {
  mode: "create" | "edit";
  labels: TActionFormLabels;
  initial: TActionFormValues;
  meetings: TFormMeeting[];
  people: TFormPerson[];
  myDelegationId: string;
  scope: TScopeChoice;
  cancelHref: string;
};

const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;

export function ActionForm({ mode, labels, initial, meetings, people, myDelegationId, scope, cancelHref }: TActionFormProps) {
  const [state, action, pending] = useActionState<TActionFormState, FormData>(mode === "create" ? createFollowUpAction : updateFollowUpAction, {
    values: initial,
  });
  const values = state.values;
  const [chosenScope, setChosenScope] = useState(scope.kind === "fixed" ? scope.scope : (values.scope ?? "DELEGATION"));
  const meetingRef = useRef<HTMLSelectElement>(null);
  const message = (key?: string) => (key ? (labels.messages[key] ?? labels.messages["actions.errors.generic"]) : undefined);
  const errors = state.fieldErrors ?? {};

  const themeMeeting = new Map(meetings.flatMap((m) => m.themes.map((t) => [t.id, m.id] as const)));
  // Choosing a theme also chooses its meeting (the server derives it the same way).
  const onThemeChange = (themeId: string) => {
    const meetingId = themeMeeting.get(themeId);
    if (meetingId && meetingRef.current) meetingRef.current.value = meetingId;
  };

  const byDelegation = new Map<string, TFormPerson[]>();
  for (const p of people) byDelegation.set(p.delegationId, [...(byDelegation.get(p.delegationId) ?? []), p]);

  // Re-mounting on each answer puts the typed values back into the form, which
  // React resets after an action.
  const formKey = JSON.stringify(values) + (state.conflict?.version ?? "");
  return (
    <form key={formKey} action={action} className="grid gap-2" noValidate>
      {state.conflict ? <ConflictPanel labels={labels} current={state.conflict} typed={values} meetings={meetings} people={people} /> : null}
      <p role="alert" className="min-h-6 font-medium text-danger">
        {message(state.formError)}
      </p>
      {mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={values.id ?? ""} />
          <input type="hidden" name="version" value={values.version ?? ""} />
        </>
      ) : null}
      {values.annotationId ? <input type="hidden" name="annotationId" value={values.annotationId} /> : null}
      {errors.annotationId ? (
        <p className="text-sm text-danger" role="alert">
          {message(errors.annotationId)}
        </p>
      ) : null}
      <TextField id="action-title" name="title" label={labels.title} defaultValue={values.title ?? ""} maxLength={200} required error={message(errors.title)} />
      <TextAreaField
        id="action-description"
        name="description"
        label={labels.description}
        hint={labels.descriptionHint}
        rows={5}
        defaultValue={values.description ?? ""}
        error={message(errors.description)}
      />
      {scope.kind === "choose" ? (
        <fieldset className="grid gap-1" aria-describedby="action-scope-error">
          <legend className="font-medium">{labels.scope}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="DELEGATION" defaultChecked={chosenScope === "DELEGATION"} onChange={() => setChosenScope("DELEGATION")} />
            {scope.delegationLabel}
          </label>
          {scope.groupAllowed ? (
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="GROUP" defaultChecked={chosenScope === "GROUP"} onChange={() => setChosenScope("GROUP")} />
              {scope.groupLabel}
            </label>
          ) : null}
          <p id="action-scope-error" aria-live="polite" className="min-h-5 text-sm text-danger">
            {message(errors.scope)}
          </p>
        </fieldset>
      ) : (
        <p className="mb-3 text-sm text-muted">{scope.text}</p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField id="action-meeting" name="meetingId" label={labels.meeting} defaultValue={values.meetingId ?? ""} error={message(errors.meetingId)} ref={meetingRef}>
          <option value="">{labels.noMeeting}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="action-theme"
          name="themeId"
          label={labels.theme}
          hint={labels.themeHint}
          defaultValue={values.themeId ?? ""}
          error={message(errors.themeId)}
          onChange={(e) => onThemeChange(e.currentTarget.value)}
        >
          <option value="">{labels.noTheme}</option>
          {meetings
            .filter((m) => m.themes.length > 0)
            .map((m) => (
              <optgroup key={m.id} label={m.title}>
                {m.themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.code} — {t.title}
                  </option>
                ))}
              </optgroup>
            ))}
        </SelectField>
        <SelectField
          id="action-assignee"
          name="assigneeId"
          label={labels.assignee}
          hint={labels.assigneeHint}
          defaultValue={values.assigneeId ?? ""}
          error={message(errors.assigneeId)}
        >
          <option value="">{labels.noAssignee}</option>
          {[...byDelegation.entries()].map(([delegationId, members]) => (
            // A delegation action can only go to my delegation: the others are greyed
            // out (the server refuses them anyway).
            <optgroup key={delegationId} label={members[0]!.delegationName} disabled={chosenScope === "DELEGATION" && delegationId !== myDelegationId}>
              {members.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField id="action-due" name="dueOn" type="date" label={labels.due} defaultValue={values.dueOn ?? ""} error={message(errors.dueOn)} />
        <SelectField id="action-priority" name="priority" label={labels.priority} defaultValue={values.priority ?? "MEDIUM"} error={message(errors.priority)}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {labels.priorities[p]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {mode === "create" ? (pending ? labels.creating : labels.create) : pending ? labels.saving : labels.save}
        </Button>
        <Link href={cancelHref} className="text-brand underline underline-offset-2">
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}

function ConflictPanel({
  labels,
  current,
  typed,
  meetings,
  people,
}: {
  labels: TActionFormLabels;
  current: TActionSnapshot;
  typed: TActionFormValues;
  meetings: TFormMeeting[];
  people: TFormPerson[];
}) {
  const meetingName = (id: string | null | undefined) => meetings.find((m) => m.id === id)?.title;
  const themeName = (id: string | null | undefined) => {
    for (const m of meetings) {
      const theme = m.themes.find((t) => t.id === id);
      if (theme) return `${theme.code} — ${theme.title}`;
    }
    return undefined;
  };
  const personName = (id: string | null | undefined) => people.find((p) => p.id === id)?.name;
  const show = (value: string | null | undefined) => (value ? value : labels.empty);
  const rows: { field: string; saved: string | null; yours: string | null | undefined; label: (v: string | null | undefined) => string }[] = [
    { field: labels.title, saved: current.title, yours: typed.title?.trim(), label: show },
    { field: labels.description, saved: current.description, yours: typed.description, label: show },
    { field: labels.meeting, saved: current.meetingId, yours: typed.meetingId, label: (v) => show(meetingName(v)) },
    { field: labels.theme, saved: current.themeId, yours: typed.themeId, label: (v) => show(themeName(v)) },
    { field: labels.assignee, saved: current.assigneeId, yours: typed.assigneeId, label: (v) => show(personName(v)) },
    { field: labels.due, saved: current.dueOn, yours: typed.dueOn, label: show },
    { field: labels.priority, saved: current.priority, yours: typed.priority, label: (v) => show(v ? labels.priorities[v as keyof typeof labels.priorities] : v) },
  ];
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mb-2 rounded border-2 border-danger bg-white p-3">
      <h2 id="conflict-heading" className="font-semibold text-danger">
        {labels.conflict.heading}
      </h2>
      <p className="mb-2">{labels.conflict.body}</p>
      <p className="mb-2">{labels.conflict.statusNow.replace("{status}", labels.statuses[current.status])}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="p-1">
                {labels.conflict.field}
              </th>
              <th scope="col" className="p-1">
                {labels.conflict.saved}
              </th>
              <th scope="col" className="p-1">
                {labels.conflict.yours}
              </th>
              <th scope="col" className="p-1">
                <span className="sr-only">{labels.conflict.differs}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const differs = (row.saved ?? "") !== (row.yours ?? "");
              return (
                <tr key={row.field} className={`border-b border-line align-top ${differs ? "bg-[#fbeaea]" : ""}`}>
                  <th scope="row" className="p-1 text-left font-medium">
                    {row.field}
                  </th>
                  <td className="whitespace-pre-wrap p-1">{row.label(row.saved)}</td>
                  <td className="whitespace-pre-wrap p-1">{row.label(row.yours)}</td>
                  <td className="p-1 font-semibold">{differs ? labels.conflict.differs : labels.conflict.same}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
