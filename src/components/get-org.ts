import { getEntry } from 'astro:content';
import type { Org } from '../lib/org-schema';
import type { CaseOptions } from './shared/CaseDetailsFields';

/** The organisation data (`src/content/org.yaml`), validated at load (`parseOrgYaml` in content.config.ts). */
export async function getOrg(): Promise<Org> {
  const entry = await getEntry('org', 'org');
  if (!entry) throw new Error('The organisation data file was not loaded (collection "org", entry "org").');
  return entry.data as Org;
}

/** The choices the case-details fields offer, from the data (passed to islands as props). */
export function caseOptions(org: Org): CaseOptions {
  return {
    regions: org.regions.map((r) => ({ id: r.id, name: r.name })),
    supportPlans: org.supportPlans,
    severities: org.severities,
    assumedSeverities: org.assumedSeverities,
    productSkills: org.productSkills.items,
  };
}
