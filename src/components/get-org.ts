import { getEntry } from 'astro:content';
import type { Org } from '../lib/org-schema';

/** The organisation data (`src/content/org.yaml`), already validated at load. */
export async function getOrg(): Promise<Org> {
  const entry = await getEntry('org', 'org');
  if (!entry) throw new Error('The organisation data file was not loaded (collection "org", entry "org").');
  return entry.data;
}
