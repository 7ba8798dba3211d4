/**
 * Copies plain text. Uses the Clipboard API where the page may (https or
 * localhost) and falls back to a hidden text area and `execCommand('copy')`
 * on an intranet page served over plain http.
 * @returns true when the text was copied
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or API missing: try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    // Deprecated but still the only copy path without the Clipboard API (plain http).
    const legacy = document as unknown as { execCommand(command: string): boolean };
    ok = legacy.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
