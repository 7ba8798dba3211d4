/** The region lookup's data, as `toLookupData` makes it from a data file, for the component tests. */
import type { LookupData } from '../../src/lib/schedule';
import { MEETINGS, REGIONS, ROTATION } from '../unit/schedule-fixture';

export const LOOKUP_DATA: LookupData = {
  lastReviewed: '2026-11-23',
  reviewEveryMonths: 6,
  regions: REGIONS.map((r) => ({ ...r, aliases: r.id === 'IST' ? ['IGTSC'] : [] })),
  rotation: ROTATION,
  meetings: MEETINGS,
  links: {
    caseTransfer: { title: 'Case Transfer channel', url: 'https://example.com/case-transfer' },
    ftsTool: { title: 'FTS tool', url: 'https://example.com/fts' },
  },
  mailbox: 'dm@example.com',
  titlePrefixPattern: 'Need {region} SE',
};
