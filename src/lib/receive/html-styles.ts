/**
 * Removes the styles from pasted HTML before the page parses it. Parsing is
 * inert (no script runs, nothing is fetched), but the browser still checks
 * each `<style>` element and `style` attribute against the page's Content
 * Security Policy, and reports every one it blocks: Outlook and Dynamics put
 * one on nearly every paragraph. Only text is read from the HTML, so styles
 * are of no use; text between tags is left exactly as it is.
 */

/** A `<style>` element with its content (its content is raw text, never tags). */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi;

/** An opening tag, its quoted attribute values (which may hold `>`) included. */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s*(?:[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\/))*\s*>/g;

/** A `style` attribute inside a tag. */
const STYLE_ATTRIBUTE = /(\s)style\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;

/**
 * The HTML without `<style>` elements and `style` attributes.
 * @example stripStyles('<p style="color:red">a style="b"</p>') // '<p>a style="b"</p>'
 */
export function stripStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(START_TAG, (tag) =>
    tag
      .replace(STYLE_ATTRIBUTE, '$1')
      .replace(/\s+>$/, '>')
      .replace(/\s+\/>$/, '/>'),
  );
}
