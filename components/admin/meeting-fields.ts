import type { Translator } from "@/lib/i18n/translator";
import type { TAdminField } from "./admin-form";

const KINDS = ["HIGH_LEVEL_DIALOGUE", "TECHNICAL_MEETING", "REGIONAL_PREPARATORY"] as const;
const GROUPS = ["GOVERNMENT", "EMPLOYERS", "WORKERS", "OBSERVER"] as const;

export function meetingFields(t: Translator, current?: Record<string, string>): TAdminField[] {
  return [
    { name: "title", label: "admin.meeting.title", required: true, defaultValue: current?.title },
    { name: "slug", label: "admin.meeting.slug", hint: "admin.meeting.slugHint", required: true, defaultValue: current?.slug },
    { name: "kind", label: "admin.meeting.kind", type: "select", defaultValue: current?.kind, options: KINDS.map((k) => ({ value: k, label: t.t(`meetingKinds.${k}`) })) },
    { name: "venue", label: "admin.meeting.venue", defaultValue: current?.venue },
    { name: "startsOn", label: "admin.meeting.startsOn", type: "date", defaultValue: current?.startsOn },
    { name: "endsOn", label: "admin.meeting.endsOn", type: "date", defaultValue: current?.endsOn },
  ];
}

export function themeFields(current?: { code: string; title: string; background: string }): TAdminField[] {
  return [
    { name: "code", label: "admin.theme.code", hint: "admin.theme.codeHint", required: true, defaultValue: current?.code },
    { name: "title", label: "admin.theme.title", required: true, defaultValue: current?.title },
    { name: "background", label: "admin.theme.background", hint: "admin.theme.backgroundHint", type: "textarea", defaultValue: current?.background },
  ];
}

export function delegationFields(t: Translator, current?: { name: string; group: string }): TAdminField[] {
  return [
    { name: "name", label: "admin.delegation.name", required: true, defaultValue: current?.name },
    {
      name: "group",
      label: "admin.delegation.group",
      hint: current ? "admin.delegation.groupHint" : undefined,
      type: "select",
      defaultValue: current?.group,
      options: GROUPS.map((g) => ({ value: g, label: t.t(`groups.${g}`) })),
    },
  ];
}
