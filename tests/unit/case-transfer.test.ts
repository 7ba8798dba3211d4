import { describe, expect, it } from 'vitest';
import { caseTransferEntry, firstLine } from '../../src/lib/case-transfer';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';

const FULL = {
  caseNumber: '2311010040001234',
  severity: 'A',
  supportPlan: 'Prem',
  productSkill: 'Azure Data Factory',
  targetRegion: 'US',
  is24x7: true,
};

describe.each([
  [
    'everything given',
    FULL,
    { summary: 'Copy activity fails with 403.\nMore detail.', nextMsftAction: '\n  Check the SHIR logs  ' },
    'Case 2311010040001234 · Sev A · Prem · 7x24 · to US · Skill: Azure Data Factory\nSummary: Copy activity fails with 403.\nNext action: Check the SHIR logs',
    [],
  ],
  [
    'nothing given yet',
    EMPTY_CASE_DETAILS,
    { summary: '', nextMsftAction: '......' },
    'Case ? · Sev ? · plan ? · to ? · Skill: ?\nSummary: ?\nNext action: ?',
    [
      'case number',
      'severity',
      'support plan',
      'target region',
      'product skill',
      'summary (in the note)',
      'next action (in the note)',
    ],
  ],
  [
    'a non-7x24 case, text that looks like markup stays as typed',
    { ...FULL, is24x7: false, targetRegion: 'EMEA' },
    { summary: '<b>*urgent*</b>', nextMsftAction: 'Wait for PG' },
    'Case 2311010040001234 · Sev A · Prem · not 7x24 · to EMEA · Skill: Azure Data Factory\nSummary: <b>*urgent*</b>\nNext action: Wait for PG',
    [],
  ],
])('%s', (_name, details, note, text, missing) => {
  it('builds the entry and names what is missing', () => {
    expect(caseTransferEntry(details, note)).toEqual({ text, missing });
  });
});

it('cuts a long first line', () => {
  const line = firstLine('x'.repeat(300));
  expect(line).toHaveLength(160);
  expect(line.endsWith('…')).toBe(true);
});
