/**
 * Copy and download in the browser, with no library and no network. The
 * Clipboard API needs a secure context (https or localhost); on an intranet
 * page served over plain http it is missing, so each copy falls back to
 * `document.execCommand('copy')` with a `copy` event that still sets both
 * formats. When that fails too the caller selects the text and says so.
 */

export type CopyResult = 'copied' | 'failed';

/** Copies through a hidden textarea and the legacy copy command; the copy event carries the HTML too. */
function legacyCopy(text: string, html?: string): CopyResult {
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.insetBlockStart = '0';
  area.style.opacity = '0';
  document.body.append(area);
  area.focus();
  area.select();
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html) event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  let ok = false;
  try {
    // Deprecated, but the only way to copy where the Clipboard API is missing (plain http).
    ok = (document as unknown as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    ok = false;
  } finally {
    document.removeEventListener('copy', onCopy);
    area.remove();
    active?.focus();
  }
  return ok ? 'copied' : 'failed';
}

/** Copies plain text. */
export async function copyPlain(text: string): Promise<CopyResult> {
  try {
    if (window.isSecureContext && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (permissions, focus): try the legacy way below.
  }
  return legacyCopy(text);
}

/** Copies rich text: text/html and text/plain together, so each target takes the format it understands. */
export async function copyRich(html: string, text: string): Promise<CopyResult> {
  // The copy event first: it hands the HTML to the clipboard as it is. The async Clipboard API
  // sanitizes text/html by parsing it in this page, where the strict CSP blocks (and reports)
  // every inline style the note carries for Outlook; the styles survive, the reports are noise.
  if (legacyCopy(text, html) === 'copied') return 'copied';
  try {
    if (window.isSecureContext && navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'copied';
    }
  } catch {
    // Refused as well: the caller selects the text and says how to copy it.
  }
  return 'failed';
}

/** Saves `text` as a file, made in the page (Blob + object URL): nothing is sent anywhere. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Selects the contents of an element (a text field's value), for "press Ctrl+C" when copying is blocked. */
export function selectContents(element: Element): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
