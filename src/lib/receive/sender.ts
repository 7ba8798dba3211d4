/**
 * The sender's side: which region the note says it came from, and what the
 * clock shows there now. Only what the note says: a note with no "From" or
 * "Sender region" line names no region, and the receiver picks one, or none.
 */
import type { RegionData } from '../schedule/regions';
import { regionStatus } from '../schedule/regions';
import { formatDayTime, formatDuration, formatTime, formatUtcOffset } from '../schedule/zone';

/** The parts of a region read here. */
export type SenderRegionData = RegionData & {
  aliases: readonly string[];
};

/** A line that says where the note comes from: `From: EMEA`, `Sender region: IST`, `Handed over from US …`. */
const FROM_LINE =
  /^\s*(?:[-*]\s+)?(?:\*\*|__)?(?:sender(?:['’]s)?(?:\s+region)?|sending\s+region|from(?:\s+region)?|(?:handed|handing)\s+(?:over|off)\s+from|hand(?:ed)?[- ]?(?:over|off)\s+from)(?:\*\*|__)?\s*[:\-–]?(?:\*\*|__)?\s+(.+)$/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The region a note says it was sent from, or undefined. Region ids and
 * aliases (`EMEA`, `IGTSC`) match in capitals as written; region names
 * (`India`) in any case. The first line that says so wins.
 * @example senderRegionOf('From: Alex (EMEA)\nSummary\n…', regions) // 'EMEA'
 */
export function senderRegionOf(text: string, regions: readonly SenderRegionData[]): string | undefined {
  const matchers = regions.map((r) => ({
    id: r.id,
    code: new RegExp(`(?<![A-Za-z])(?:${[r.id, ...r.aliases].map(escape).join('|')})(?![A-Za-z])`),
    name: new RegExp(`(?<![A-Za-z])${escape(r.name)}(?![A-Za-z])`, 'i'),
  }));
  for (const line of text.split('\n')) {
    const value = FROM_LINE.exec(line)?.[1];
    if (!value) continue;
    // The region named first in the line, by position.
    let best: { id: string; at: number } | undefined;
    for (const m of matchers) {
      const at = Math.min(
        ...[m.code.exec(value)?.index, m.name.exec(value)?.index].map((i) => (i === undefined ? Infinity : i)),
      );
      if (at !== Infinity && (!best || at < best.at)) best = { id: m.id, at };
    }
    if (best) return best.id;
  }
  return undefined;
}

/** The sender's clock and shift, as the page shows them. */
export interface SenderNow {
  regionId: string;
  regionName: string;
  timeZone: string;
  /** `Tue 1 Dec, 14:05`. */
  time: string;
  /** `UTC+05:30`. */
  offset: string;
  state: 'on' | 'off' | 'weekend';
  /** One sentence on the shift: when it ends, or when the next one starts. */
  shift: string;
  /** When on shift: `18:00 their time, in 3 h 55 min`. */
  shiftEnds?: string;
  /** True when the region's hours are the site's assumption (data file `assumed: true`). */
  hoursAssumed: boolean;
}

/**
 * What the clock shows in the sender's region at `now`, and where their shift stands.
 * @param now ms since the epoch
 */
export function senderNow(region: SenderRegionData, now: number): SenderNow {
  const zone = region.timeZone;
  const status = regionStatus(region, now);
  let shift: string;
  let shiftEnds: string | undefined;
  if (status.state === 'on' && status.shift) {
    shiftEnds = `${formatTime(status.shift.end, zone)} their time, in ${formatDuration(status.shift.end - now)}`;
    shift = `On shift; the shift ends at ${shiftEnds}.`;
  } else {
    const next = status.shift ? `; the next shift starts ${formatDayTime(status.shift.start, zone)} their time` : '';
    shift = `${status.state === 'weekend' ? 'Weekend there' : 'Off shift'}${next}.`;
  }
  return {
    regionId: region.id,
    regionName: region.name,
    timeZone: zone,
    time: formatDayTime(now, zone),
    offset: formatUtcOffset(now, zone),
    state: status.state,
    shift,
    ...(shiftEnds ? { shiftEnds } : {}),
    hoursAssumed: region.hours.assumed,
  };
}
