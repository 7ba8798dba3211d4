/**
 * "My region": the region the viewer hands off from. Detected from their time zone, or the one they
 * chose, remembered in localStorage. A signal shared by "Now" (which marks the row) and "Your next
 * handoff" (which has the field), so it lives in neither; with how both name a region.
 */
import { createSignal } from 'solid-js';
import { detectRegion, type LookupData } from '../../lib/schedule';
import { MY_REGION_KEY } from '../../lib/storage-keys';
import { readKey, writeKey } from '../shared/storage';

/** localStorage key of the viewer's chosen region (with the site's other keys). */
export { MY_REGION_KEY };

/** The viewer's region: `mine()`, what the zone suggests (`detected`), and `choose`, which remembers a choice. */
export function createMyRegion(data: LookupData, zone: string) {
  const detected = detectRegion(zone, data.regions, Date.now());
  const stored = readKey(MY_REGION_KEY);
  const [mine, setMine] = createSignal(
    stored && data.regions.some((r) => r.id === stored) ? stored : detected.regionId,
  );
  /** Whether the region is the viewer's choice rather than the detected one. */
  const chosen = () => mine() !== detected.regionId;
  const choose = (id: string) => {
    setMine(id);
    // Choosing the detected region again forgets the choice: the zone decides once more.
    // Storage blocked: the choice lasts for this visit only.
    writeKey(MY_REGION_KEY, id === detected.regionId ? null : id);
  };
  return { detected, mine, chosen, choose };
}

export type MyRegion = ReturnType<typeof createMyRegion>;

/**
 * A region as the lookup names it in "Now" and in the field, with the other names the team uses
 * for it: `IST (IGTSC)`, `EMEA`. Here rather than in `src/lib/schedule/lookup-data.ts`, whose
 * chunk the guided handoff loads too.
 */
export function regionLabel(region: { id: string; aliases: readonly string[] }): string {
  return region.aliases.length ? `${region.id} (${region.aliases.join(', ')})` : region.id;
}
