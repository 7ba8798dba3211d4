/**
 * What the receive page says when there is nothing to read, or nothing it
 * recognises as a note. Apart from the reading itself, so the page can show
 * it before the parser is loaded.
 */
export const READ_MESSAGES = {
  empty:
    "Paste the handoff note you received: the team's template, with headings such as “Summary” and “Next MSFT Action” and the ticket's checklist. Plain text, Markdown, or copied from Dynamics 365 or Outlook.",
  unrecognised:
    'This does not look like a handoff note: no section heading (such as “Summary” or “Next MSFT Action”) and no checklist line (such as “IcM ID?:”) was found. Paste the whole note, headings included.',
} as const;
