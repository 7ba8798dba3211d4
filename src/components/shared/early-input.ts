/**
 * Text typed before an island's code ran (a slow VPN can take seconds) is in the page's fields but
 * not in the island's state: it would show, yet never reach the note, the checks or the draft, and
 * a reload would lose it. Called once the island has taken over its server-rendered fields, this
 * replays each field that differs from what the server wrote as the event a person's edit fires,
 * so the island's own handlers read it in (and the draft store saves it, or offers it next to a
 * stored draft that is still being read).
 */
export function adoptEarlyInput(root: ParentNode): number {
  let adopted = 0;
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (!changedSinceServer(field)) continue;
    adopted++;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return adopted;
}

function changedSinceServer(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((o) => o.selected !== o.defaultSelected);
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    return field.checked !== field.defaultChecked;
  }
  return field.value !== field.defaultValue;
}
