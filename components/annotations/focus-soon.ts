// Moving focus after a server action: the page re-renders with the action's result a
// moment after the client learns it succeeded — or, after a redirect, another page
// renders — so the element to focus (a new reply, the heading that replaces a deleted
// note) may not exist yet. Looks for it on each animation frame for a short while;
// once found, focuses it and runs `then`; if never found, focuses `fallback` if given
// (or leaves focus where it was).
type TOptions = {
  fallback?: () => HTMLElement | null | undefined;
  then?: () => void;
  /** How long to look, in milliseconds. */
  within?: number;
};

export function focusSoon(find: () => HTMLElement | null | undefined, { fallback, then, within = 2000 }: TOptions = {}): void {
  const started = performance.now();
  const attempt = () => {
    const element = find();
    if (element?.isConnected) {
      element.focus();
      then?.();
      return;
    }
    if (performance.now() - started < within) requestAnimationFrame(attempt);
    else fallback?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

/** The first field a refused form marked invalid, else its form-level error. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (field) field.focus();
}
