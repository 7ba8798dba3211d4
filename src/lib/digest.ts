/**
 * The shift digest: one paste-ready summary of several hand-over cases, read
 * out at the handover meeting and posted in the team's channel. Each case is
 * a head line (number, severity, plan, target region and its SME) and three
 * lines: the first line of its Summary, its Next MSFT Action, and what it is
 * pending on. Three formats, like the note (`note/render.ts`):
 * - plain text: the title, then one block per case, blocks apart by a blank line;
 * - Markdown: the title in bold, then a list, one item per case with its three lines as sub-items;
 * - HTML for Outlook and Teams, inline styles only (`RICH_STYLE`): a bold title,
 *   then per case a `<p>` head and a `<ul>` of its three lines.
 *
 * Cases come in the team's rotation order of target regions, so there are no
 * per-region group headings: each head line already names the region and its SME.
 *
 * Every value is typed text, never markup: made a single line (`normaliseLine`,
 * NEL too) in every format, HTML-escaped in HTML (`escapeHtml`), and
 * Markdown-escaped in Markdown (`escapeLine`), the caller's title included.
 */
import type { CaseDetails } from './case-details';
import { normaliseLine, type Note } from './note/note';
import { escapeHtml, RICH_STYLE } from './note/render';
import { escapeLine } from './note/syntax';

/** A target region, as the data file gives it; the list is in the team's rotation order. */
export interface DigestRegion {
  id: string;
  name: string;
  sme: string;
}

export interface DigestInput {
  caseDetails: CaseDetails;
  note: Note;
}

/** One case of the digest; every value is a single trimmed line, '' when unknown. */
export interface DigestEntry {
  caseNumber: string;
  severity: string;
  plan: string;
  /** The case's target region as given (also when it is not one of the regions). */
  regionId: string;
  /** The region's name and SME from the regions list; '' when the region is not in it. */
  regionName: string;
  sme: string;
  /** The first non-empty line of the Summary section. */
  summary: string;
  /** The Next MSFT Action section, its lines joined by single spaces. */
  nextMsftAction: string;
  /** The checklist's `pendingOn` answer (PG, CSS, Customer). */
  pendingOn: string;
}

export interface DigestOptions {
  regions: readonly DigestRegion[];
  /** Most severe first, e.g. `['A', 'B', 'C']`. */
  severities: readonly string[];
}

/** The text under the title when there is no case. */
export const NO_CASES = 'No cases to hand off.';

/** A value on one line: `normaliseLine`, with NEL (U+0085, not white space to JS) as a break too. */
const oneLine = (value: string): string => normaliseLine(value.replace(/\u0085/g, ' '));

const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/;

/** Where a value comes in an ordered list; '' and values not in it come last. */
const rank = (list: readonly string[], value: string): number => {
  const i = value === '' ? -1 : list.indexOf(value);
  return i < 0 ? list.length : i;
};

const byNumber = new Intl.Collator('en', { numeric: true }).compare;

/** Case numbers in numeric order, a case without one last. */
const compareCaseNumbers = (a: string, b: string): number => Number(a === '') - Number(b === '') || byNumber(a, b);

/**
 * The digest's cases, in order: by target region in the regions' order (no or
 * unknown region last), then by severity in the severities' order (empty or
 * unknown last), then by case number; cases alike keep their input order.
 * @example
 * const note = emptyNote();
 * note.sections.summary = 'Copy fails with 403.\nSince Monday.';
 * const caseDetails = { ...EMPTY_CASE_DETAILS, caseNumber: '123', severity: 'A', targetRegion: 'EMEA' };
 * digestEntries([{ caseDetails, note }], {
 *   regions: [{ id: 'EMEA', name: 'EMEA', sme: 'Ryszard Gawron' }],
 *   severities: ['A', 'B', 'C'],
 * });
 * // [{ caseNumber: '123', severity: 'A', plan: '', regionId: 'EMEA', regionName: 'EMEA', sme: 'Ryszard Gawron',
 * //    summary: 'Copy fails with 403.', nextMsftAction: '', pendingOn: '' }]
 */
export function digestEntries(cases: readonly DigestInput[], options: DigestOptions): DigestEntry[] {
  const regionIds = options.regions.map((r) => r.id);
  const entries = cases.map(({ caseDetails: details, note }): DigestEntry => {
    const regionId = oneLine(details.targetRegion);
    const region = options.regions.find((r) => r.id === regionId);
    const summary = (note.sections.summary ?? '').split(LINE_BREAK).find((line) => oneLine(line) !== '') ?? '';
    return {
      caseNumber: oneLine(details.caseNumber),
      severity: oneLine(details.severity),
      plan: oneLine(details.supportPlan),
      regionId,
      regionName: oneLine(region?.name ?? ''),
      sme: oneLine(region?.sme ?? ''),
      summary: oneLine(summary),
      nextMsftAction: oneLine(note.sections.nextMsftAction ?? ''),
      pendingOn: oneLine(note.checklist.pendingOn ?? ''),
    };
  });
  return entries.sort(
    (a, b) =>
      rank(regionIds, a.regionId) - rank(regionIds, b.regionId) ||
      rank(options.severities, a.severity) - rank(options.severities, b.severity) ||
      compareCaseNumbers(a.caseNumber, b.caseNumber),
  );
}

/** Makes a value safe text in a format (a single line, escaped). */
type Escape = (value: string) => string;

const PLAIN: Escape = oneLine;
const MARKDOWN: Escape = (value) => escapeLine(oneLine(value), 'markdown');
const HTML: Escape = (value) => escapeHtml(oneLine(value));

/** A case's head line: `label` (`Case 123`, bold in Markdown and HTML) and the rest of the line. */
function head(entry: DigestEntry, escape: Escape): { label: string; rest: string } {
  const region = escape(entry.regionName) || escape(entry.regionId) || 'no target region';
  const sme = escape(entry.sme);
  return {
    label: `Case ${escape(entry.caseNumber) || 'no number yet'}`,
    rest:
      ` · Sev ${escape(entry.severity) || 'not set'} · ${escape(entry.plan) || 'plan not set'}` +
      ` → ${region}${sme ? ` (SME ${sme})` : ''}`,
  };
}

/** A case's three lines, each saying so when empty. */
const lines = (entry: DigestEntry, escape: Escape): string[] => [
  `Summary: ${escape(entry.summary) || 'not written'}`,
  `Next MSFT action: ${escape(entry.nextMsftAction) || 'not written'}`,
  `Pending on: ${escape(entry.pendingOn) || 'not answered'}`,
];

/** Plain text: the title, a blank line, then the cases' blocks apart by blank lines (LF line ends). */
export function renderDigestPlain(entries: readonly DigestEntry[], title: string): string {
  const blocks = entries.map((entry) => {
    const { label, rest } = head(entry, PLAIN);
    return [label + rest, ...lines(entry, PLAIN)].join('\n');
  });
  return `${PLAIN(title)}\n\n${blocks.length > 0 ? blocks.join('\n\n') : NO_CASES}\n`;
}

/** Markdown: `**title**`, then a list item per case (`- **Case 123** · …`) with its lines as sub-items. */
export function renderDigestMarkdown(entries: readonly DigestEntry[], title: string): string {
  const items = entries.map((entry) => {
    const { label, rest } = head(entry, MARKDOWN);
    return [`- **${label}**${rest}`, ...lines(entry, MARKDOWN).map((line) => `  - ${line}`)].join('\n');
  });
  return `**${MARKDOWN(title)}**\n\n${items.length > 0 ? items.join('\n') : NO_CASES}\n`;
}

const STYLE = {
  head: 'margin:8px 0 2px',
  list: 'margin:0 0 8px;padding:0 0 0 20px',
  item: 'margin:0',
} as const;

/** An HTML fragment with inline styles only, for Outlook and Teams; every value escaped. */
export function renderDigestHtml(entries: readonly DigestEntry[], title: string): string {
  const cases = entries.map((entry) => {
    const { label, rest } = head(entry, HTML);
    const items = lines(entry, HTML).map((line) => `<li style="${STYLE.item}">${line}</li>`);
    return `<p style="${STYLE.head}"><strong>${label}</strong>${rest}</p><ul style="${STYLE.list}">${items.join('')}</ul>`;
  });
  const body = cases.length > 0 ? cases.join('') : `<p style="${RICH_STYLE.text}">${NO_CASES}</p>`;
  return `<div style="${RICH_STYLE.root}"><p style="${RICH_STYLE.text}"><strong>${HTML(title)}</strong></p>${body}</div>`;
}
