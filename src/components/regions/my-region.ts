/**
 * "My region": the region the viewer hands off from. Detected from their time zone, or the one they
 * chose, remembered in localStorage. A signal shared by "Now" (which marks the row) and "Your next
 * handoff" (which has the field), so it lives in neither; with how both name a region.
 */
import { createSignal } from 'solid-js';
import { detectRegion, type LookupData } from '../../lib/schedule';

/** localStorage key of the viewer's chosen region. */
export const MY_REGION_KEY = 'fts-guide:my-region';

function readStored(): string | null {
  try {
    return localStorage.getItem(MY_REGION_KEY);
  } catch {
    return null;
  }
}

function store(id: string | null): void {
  try {
    if (id) localStorage.setItem(MY_REGION_KEY, id);
    else localStorage.removeItem(MY_REGION_KEY);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
}

/** The viewer's region: `mine()`, what the zone suggests (`detected`), and `choose`, which remembers a choice. */
export function createMyRegion(data: LookupData, zone: string) {
  const detected = detectRegion(zone, data.regions, Date.now());
  const stored = readStored();
  const [mine, setMine] = createSignal(
    stored && data.regions.some((r) => r.id === stored) ? stored : detected.regionId,
  );
  /** Whether the region is the viewer's choice rather than the detected one. */
  const chosen = () => mine() !== detected.regionId;
  const choose = (id: string) => {
    setMine(id);
    // Choosing the detected region again forgets the choice: the zone decides once more.
    store(id === detected.regionId ? null : id);
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
