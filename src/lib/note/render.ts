/**
 * Renders a note in the three formats case tools accept. All three come from
 * one list of blocks (`noteBlocks`), so they always say the same thing:
 * - plain text in exactly the team template's layout (headings in order, each
 *   underlined with `=============`; the checklist as the template's own lines,
 *   each answer where the template has its choices, an unanswered one left empty);
 * - Markdown;
 * - rich HTML with inline styles only, which survives pasting into Outlook and
 *   Dynamics 365 case notes. Every user string in it is HTML-escaped.
 *
 * Case details, when given and not all empty, come first as `Label: value`
 * lines (an option, off in the case note: `includeCaseDetails`); without them
 * the plain text is the team's template, filled in.
 */
import type { CaseDetails } from '../case-details';
import { ALL_SECTION_IDS, isSectionShown, normaliseLine, normaliseText, type AnySectionId, type Note } from './note';
import { CASE_LINES, escapeLine, escapeMarkdownInline } from './syntax';
import {
  CHECKLIST,
  CHECKLIST_HEADING,
  HEADING_RULE,
  checklistLine,
  OPTIONAL_SECTIONS,
  SECTIONS,
  SECTION_PLACEHOLDER,
} from './template';

/** One labelled value; `value` is '' when unanswered. */
export interface LabelledValue {
  label: string;
  value: string;
}

export type NoteBlock =
  | { kind: 'case'; items: LabelledValue[] }
  | { kind: 'section'; id: AnySectionId; heading: string; text: string }
  | { kind: 'checklist'; heading: string; items: LabelledValue[] };

const HEADINGS: Record<AnySectionId, string> = Object.fromEntries(
  [...SECTIONS, ...OPTIONAL_SECTIONS].map((s) => [s.id, s.heading]),
) as Record<AnySectionId, string>;

/** The case-details lines worth showing: only the fields that are filled in. */
export function caseItems(details: CaseDetails): LabelledValue[] {
  return CASE_LINES.map(({ id, label }) => {
    const raw = details[id];
    const value = typeof raw === 'boolean' ? (raw ? 'Yes' : 'No') : normaliseLine(raw ?? '');
    return { label, value };
  }).filter((item) => item.value !== '');
}

/**
 * The note as blocks, in output order: case details (when given and any is
 * filled), the template's sections, the optional sections that are on, the
 * checklist. Text is normalised (LF, no trailing spaces or blank edges).
 */
export function noteBlocks(note: Note, caseDetails?: CaseDetails): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const items = caseDetails ? caseItems(caseDetails) : [];
  if (items.length > 0) blocks.push({ kind: 'case', items });
  for (const id of ALL_SECTION_IDS) {
    if (!isSectionShown(note, id)) continue;
    blocks.push({ kind: 'section', id, heading: HEADINGS[id], text: normaliseText(note.sections[id] ?? '') });
  }
  blocks.push({
    kind: 'checklist',
    heading: CHECKLIST_HEADING,
    items: CHECKLIST.map((c) => ({ label: c.label, value: normaliseLine(note.checklist[c.id] ?? '') })),
  });
  return blocks;
}

const escapeText = (text: string, format: 'plain' | 'markdown') =>
  text
    .split('\n')
    .map((line) => escapeLine(line, format))
    .join('\n');

/** Plain text in the team template's layout (LF line endings). */
export function renderPlain(note: Note, caseDetails?: CaseDetails): string {
  return renderPlainParts(note, caseDetails).join('\n');
}

/**
 * The plain text block by block (join with '\n' for the note). The page shows
 * each part as its own text node, so a key press re-lays out one part only.
 */
export function renderPlainParts(note: Note, caseDetails?: CaseDetails): string[] {
  return noteBlocks(note, caseDetails).map((block) => {
    switch (block.kind) {
      case 'case':
        return `${block.items.map((i) => `${i.label}: ${i.value}`).join('\n')}\n`;
      case 'section':
        return `${block.heading}\n${HEADING_RULE}\n${block.text ? escapeText(block.text, 'plain') : SECTION_PLACEHOLDER}\n`;
      case 'checklist':
        // Each answer in its place on the template's own line; an unanswered one leaves it empty.
        return `${block.heading}\n${HEADING_RULE}\n\n${CHECKLIST.map((c, k) => checklistLine(c, block.items[k]!.value)).join('\n')}\n`;
    }
  });
}

/**
 * Markdown: `##` headings, lists for the case details and checklist, hard
 * line breaks kept. Every typed value is escaped (`escapeLine`), so a
 * Markdown renderer shows it as typed: no link, image, HTML or emphasis.
 */
export function renderMarkdown(note: Note, caseDetails?: CaseDetails): string {
  const list = (items: LabelledValue[]) =>
    items.map((i) => `- **${i.label}:**${i.value ? ` ${escapeMarkdownInline(i.value)}` : ''}`).join('\n');
  const parts = noteBlocks(note, caseDetails).map((block) => {
    switch (block.kind) {
      case 'case':
        return `${list(block.items)}\n`;
      case 'section': {
        // Two trailing spaces keep the author's line breaks inside a paragraph.
        const body = block.text
          ? escapeText(block.text, 'markdown').replace(/([^\n])\n(?=[^\n])/g, '$1  \n')
          : SECTION_PLACEHOLDER;
        return `## ${block.heading}\n\n${body}\n`;
      }
      case 'checklist':
        return `## ${block.heading}\n\n${list(block.items)}\n`;
    }
  });
  return parts.join('\n');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The inline styles of the rich note. Shared with the page's rich preview so
 * what people see is what they paste. No colours but a grey for empty
 * sections' placeholders and rules: pasted text takes the target's own text colour.
 */
export const RICH_STYLE = {
  root: "font-family:'Segoe UI',Calibri,Arial,sans-serif;font-size:10.5pt;line-height:1.45",
  heading: 'margin:14px 0 4px;padding:0 0 2px;font-size:12pt;font-weight:bold;border-bottom:1px solid #8a8a8a',
  text: 'margin:0 0 8px',
  empty: 'margin:0 0 8px;color:#595959',
  table: 'border-collapse:collapse;margin:0 0 8px',
  label: 'padding:2px 16px 2px 0;text-align:left;vertical-align:top;font-weight:bold',
  value: 'padding:2px 0;vertical-align:top',
} as const;

function htmlTable(items: LabelledValue[]): string {
  const rows = items
    .map(
      (i) =>
        `<tr><th scope="row" style="${RICH_STYLE.label}">${escapeHtml(i.label)}</th>` +
        `<td style="${RICH_STYLE.value}">${escapeHtml(i.value)}</td></tr>`,
    )
    .join('');
  return `<table style="${RICH_STYLE.table}"><tbody>${rows}</tbody></table>`;
}

/** Text as HTML lines: escaped, indentation kept (pasting collapses spaces), breaks as `<br>`. */
function htmlLines(text: string): string {
  return escapeHtml(text)
    .replace(/^ +/gm, (spaces) => '&nbsp;'.repeat(spaces.length))
    .replace(/\n/g, '<br>');
}

/** Rich HTML with inline styles only (no classes, no scripts); every user string escaped. */
export function renderHtml(note: Note, caseDetails?: CaseDetails): string {
  const body = noteBlocks(note, caseDetails)
    .map((block) => {
      switch (block.kind) {
        case 'case':
          return htmlTable(block.items);
        case 'section':
          return (
            `<p style="${RICH_STYLE.heading}">${escapeHtml(block.heading)}</p>` +
            (block.text
              ? `<p style="${RICH_STYLE.text}">${htmlLines(block.text)}</p>`
              : `<p style="${RICH_STYLE.empty}">${SECTION_PLACEHOLDER}</p>`)
          );
        case 'checklist':
          return `<p style="${RICH_STYLE.heading}">${escapeHtml(block.heading)}</p>${htmlTable(block.items)}`;
      }
    })
    .join('');
  return `<div style="${RICH_STYLE.root}">${body}</div>`;
}
