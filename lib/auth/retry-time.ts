// "Try again at {time}": the end of a sign-in wait, in the reader's own clock. Formatted
// where the message is shown (the browser), with the zone's name so a page rendered on
// the server without JavaScript is still unambiguous.
export function fillRetryTime(message: string, retryAt: string | undefined): string {
  if (!retryAt || !message.includes("{time}")) return message;
  const when = new Date(retryAt);
  if (Number.isNaN(when.getTime())) return message;
  const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" }).format(when);
  return message.replace("{time}", time);
}
