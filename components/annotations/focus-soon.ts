// Moving focus after a server action: the page re-renders with the action's result a
// moment after the client learns it succeeded, so the element to focus (a new reply,
// the heading that replaces a deleted note) may not exist yet. Looks for it on each
// animation frame for a short while, then focuses `fallback` if given (or leaves focus
// where it was).
const GIVE_UP_AFTER_MS = 2000;

export function focusSoon(find: () => HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined): void {
  const started = performance.now();
  const attempt = () => {
    const element = find();
    if (element?.isConnected) {
      element.focus();
      return;
    }
    if (performance.now() - started < GIVE_UP_AFTER_MS) requestAnimationFrame(attempt);
    else fallback?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

/** The first field a refused form marked invalid, else its form-level error. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (field) field.focus();
}
