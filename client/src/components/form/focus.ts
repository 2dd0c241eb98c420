const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/** Moves focus to a form control by id; for a group (fieldset), to its first control. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) {
    return;
  }
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
}
