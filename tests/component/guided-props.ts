/** The guided page's props as the data file would give them, for its component tests. */
import type { GuidedHandoffProps } from '../../src/components/guided/GuidedHandoff';
import { CASE_OPTIONS } from './case-options';
import { LOOKUP_DATA } from './lookup-data';

export const GUIDED_PROPS: GuidedHandoffProps = {
  base: '/',
  options: CASE_OPTIONS,
  knownRegions: ['APAC', 'IST', 'IGTSC', 'EMEA', 'US'],
  titlePrefixPattern: 'Need {region} SE',
  links: {
    caseTransfer: { title: 'Case Transfer channel (Teams)', url: 'https://example.test/transfer', description: 'x' },
    ftsTool: { title: 'FTS tool (CRMGlobal)', url: 'https://example.test/fts', description: 'x' },
  },
  tools: {
    meeting: { data: LOOKUP_DATA, toolHref: '/tools/regions/' },
    email: {
      mailbox: 'dm@example.test',
      subjectPattern: 'Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}',
      titlePrefixPattern: 'Need {region} SE',
      regionNames: ['APAC', 'IST', 'IGTSC', 'EMEA', 'US'],
    },
  },
};
