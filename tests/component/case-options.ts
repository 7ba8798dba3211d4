import type { CaseOptions } from '../../src/components/shared/CaseDetailsFields';

/** The case choices the component tests offer (a small, fixed slice of the data file's). */
export const CASE_OPTIONS: CaseOptions = {
  regions: [
    { id: 'APAC', name: 'Asia-Pacific' },
    { id: 'US', name: 'United States' },
  ],
  supportPlans: ['Prem', 'Pro'],
  severities: ['A', 'B', 'C'],
  productSkills: ['Azure Data Factory'],
};
