/**
 * What the checks read in a field's text: a placeholder left for "fill in
 * later", a time that says when. Shared by the generator's checks
 * (`checks.ts`) and the receiver's review (`receive/review-checks.ts`).
 */

/** A whole answer that says nothing yet: the template's dots, "TBD", "n/a", a dash, a question mark. */
const PLACEHOLDER_ONLY =
  /^(?:\.{2,}|…+|tbd|tbc|todo|fixme|xxx+|n\/?a|none yet|-+|–|—|\?+|same as (?:above|before|previous))[.!]*$/i;

/**
 * The placeholder a field holds instead of an answer, as written (white space collapsed), or
 * undefined when it holds an answer or nothing.
 * @example placeholderOnly(' TBD ') // 'TBD'
 * @example placeholderOnly('Call at 9, TBD by PG') // undefined
 */
export function placeholderOnly(text: string): string | undefined {
  const core = text.replace(/\s+/g, ' ').trim();
  return core !== '' && PLACEHOLDER_ONLY.test(core) ? core : undefined;
}

/** True when a field holds no answer: empty, white space, or only a placeholder. */
export const saysNothing = (text: string | undefined): boolean =>
  (text ?? '').trim() === '' || placeholderOnly(text ?? '') !== undefined;

/** Words and marks left in for "fill in later", anywhere in a text. */
const PLACEHOLDER = /(?:^|\s)(\.{3,}|…+)(?=\s|$)|(?<![A-Za-z])(TBD|TBC|TODO|FIXME|XXX+|n\/a)(?![A-Za-z])|(\?{2,})/i;

/** The first placeholder in `text`, as written, or undefined. */
export function placeholderIn(text: string): string | undefined {
  const m = PLACEHOLDER.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A clock time, a day, or a moment of the shift: anything that says when. */
const WHEN = new RegExp(
  [
    String.raw`\b\d{1,2}[:.h]\d{2}\b`,
    String.raw`\b\d{1,2}\s?(?:am|pm)\b`,
    String.raw`\b(?:at|by|before|after|until|from)\s+\d{1,2}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`,
    String.raw`\b(?:today|tonight|tomorrow|noon|midday|midnight|morning|afternoon|evening|eod|cob)\b`,
    String.raw`\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?\b`,
    String.raw`\bend of (?:the |your |my |their )?(?:day|shift|week)\b`,
    String.raw`\bstart of (?:the |your |my |their )?(?:next )?shift\b`,
    String.raw`\bnext shift\b`,
    String.raw`\bfirst thing\b`,
    String.raw`\b(?:within|in)\s+\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?)\b`,
    String.raw`\butc\b`,
  ].join('|'),
  'i',
);

/** True when the text says when something happens. */
export function saysWhen(text: string): boolean {
  return WHEN.test(text);
}
