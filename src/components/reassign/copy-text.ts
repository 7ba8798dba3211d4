/**
 * Copies text to the clipboard. Uses the Clipboard API where the browser
 * offers it (secure contexts only), and falls back to a hidden text area and
 * `document.execCommand('copy')` where it may not (an intranet page on plain
 * http). Call it from the click handler itself: browsers allow copying only
 * during a user's action.
 * @returns true when the text was copied
 */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions, focus): try the old way below.
    }
  }
  return copyWithTextArea(text);
}

function copyWithTextArea(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  // Off-screen but selectable; set through the CSSOM, which a CSP allows.
  area.style.position = 'fixed';
  area.style.insetInlineStart = '-9999px';
  area.style.top = '0';
  document.body.append(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    // Deprecated, but still the only way to copy where the Clipboard API is missing.
    copied = (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}
