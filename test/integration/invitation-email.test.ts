import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
const saved = { SMTP_URL: process.env.SMTP_URL, AUTH_SECRET: process.env.AUTH_SECRET };

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`;
  process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef0123456789";
});
afterAll(async () => {
  await sink.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("[admin] invitation e-mail over SMTP", () => {
  it("sends the one-time link to the invited person, in the inviter's language", async () => {
    const { sendInvitationEmail } = await import("@/lib/mail/invitation-email");
    const link = "http://localhost:3000/invitations/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1234";
    const sent = await sendInvitationEmail({
      to: "new.delegate@gov.demo",
      name: "Ana Peña",
      delegation: "Government of Ecuador",
      invitedBy: "Elena Moreau",
      link,
      locale: "es",
    });
    expect(sent).toBe(true);
    expect(sink.messages).toHaveLength(1);
    const [mail] = sink.messages;
    expect(mail!.to).toEqual(["<new.delegate@gov.demo>"]);
    expect(mail!.data).toMatch(/Subject: =\?UTF-8\?Q\?Su_invitaci|Subject: Su invitaci/);
    // Quoted-printable may wrap long lines with "=\r\n"; unwrap before searching.
    const body = mail!.data.replace(/=\r\n/g, "");
    expect(body).toContain(link.replace(/=/g, "=3D"));
    expect(body).toContain("Government of Ecuador");
  });

  it("reports failure instead of throwing when the server is unreachable", async () => {
    const { sendMail } = await import("@/lib/mail/mailer");
    await sink.close();
    expect(await sendMail({ to: "x@gov.demo", subject: "x", text: "x" })).toBe(false);
  });
});
