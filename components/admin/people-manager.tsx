import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import type { TPerson } from "@/lib/dal/admin";
import { assignableRoles } from "@/lib/authz/admin";
import { changeRoleAction, invitePersonAction, resendInvitationAction, setPersonActiveAction } from "@/lib/actions/admin-people";
import { AdminForm } from "./admin-form";
import { ResendInvitation } from "./resend-invitation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

// The people of one delegation (or of the secretariat when delegationId is null):
// their roles and status, and the invitation form. Used by the secretariat's pages
// and by a head of delegation's own page.
export function PeopleManager({ viewer, t, delegationId, people }: { viewer: Viewer; t: Translator; delegationId: string | null; people: TPerson[] }) {
  const roles = assignableRoles(viewer).filter((r) => (delegationId === null ? r === "SECRETARIAT" : r !== "SECRETARIAT"));
  return (
    <div className="grid gap-6">
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="mb-2 text-lg font-semibold">
          {t.t("admin.people.title")}
        </h2>
        {people.length === 0 ? (
          <p>{t.t("admin.people.none")}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-2">{t.t("admin.people.name")}</th>
                <th scope="col" className="py-2 pr-2">{t.t("admin.people.email")}</th>
                <th scope="col" className="py-2 pr-2">{t.t("admin.people.role")}</th>
                <th scope="col" className="py-2 pr-2">{t.t("admin.people.status")}</th>
                <th scope="col" className="py-2">{t.t("admin.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => {
                const self = p.id === viewer.userId;
                return (
                  <tr key={p.id} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-2 font-medium">
                      {p.name} {self ? <span className="text-muted">({t.t("admin.people.you")})</span> : null}
                    </th>
                    <td className="py-2 pr-2">{p.email}</td>
                    <td className="py-2 pr-2">
                      {delegationId && !self ? (
                        <form action={changeRoleAction.bind(null, p.id)} className="flex gap-1">
                          <label htmlFor={`role-${p.id}`} className="sr-only">
                            {t.t("admin.people.changeRole", { name: p.name })}
                          </label>
                          <select id={`role-${p.id}`} name="role" defaultValue={p.role} className="rounded border border-line px-2 py-1">
                            {roles.map((r) => (
                              <option key={r} value={r}>
                                {t.t(`roles.${r}`)}
                              </option>
                            ))}
                          </select>
                          <Button type="submit" variant="secondary">
                            {t.t("admin.save")}
                            <span className="sr-only"> ({p.name})</span>
                          </Button>
                        </form>
                      ) : (
                        t.t(`roles.${p.role as "DELEGATE"}`)
                      )}
                    </td>
                    <td className="py-2 pr-2">
                      {p.invited ? <Badge tone="accent">{t.t("admin.invited")}</Badge> : p.active ? <Badge tone="ok">{t.t("admin.active")}</Badge> : <Badge>{t.t("admin.inactive")}</Badge>}
                    </td>
                    <td className="py-2">
                      {self ? null : p.invited ? (
                        <ResendInvitation action={resendInvitationAction.bind(null, p.id)} name={p.name} />
                      ) : (
                        <form action={setPersonActiveAction.bind(null, p.id, !p.active)}>
                          <Button type="submit" variant="secondary">
                            {p.active ? t.t("admin.deactivate") : t.t("admin.activate")}
                            <span className="sr-only"> ({p.name})</span>
                          </Button>
                        </form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-2 text-lg font-semibold">
          {t.t("admin.people.invite")}
        </h2>
        <AdminForm
          action={invitePersonAction.bind(null, delegationId)}
         
          title={t.t("admin.people.invite")}
          submit="admin.people.inviteSubmit"
          fields={[
            { name: "name", label: "admin.people.name", required: true },
            { name: "email", label: "admin.people.email", type: "email", required: true, autoComplete: "off" },
            { name: "role", label: "admin.people.role", type: "select", options: roles.map((r) => ({ value: r, label: t.t(`roles.${r}`) })) },
          ]}
        />
      </section>
    </div>
  );
}
