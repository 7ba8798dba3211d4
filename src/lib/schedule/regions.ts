/**
 * The follow-the-sun questions asked of the organisation data: is a region on
 * shift, who is next in the rotation, which meeting to join, which region a
 * browser's time zone belongs to. Types only from the schema, so this module
 * can ship to the browser without zod.
 */
import type { Meeting, Region } from '../org-schema';
import { currentWindow, isRestDay, nextWindow, type Interval, type WeeklyRule } from './recurrence';
import { offsetMinutes } from './zone';

/** The parts of a region these functions read. */
export type RegionData = Pick<Region, 'id' | 'name' | 'timeZone' | 'hours' | 'workingDays' | 'sme'> &
  Partial<Pick<Region, 'timeZoneAssumed'>>;
/** The parts of a meeting these functions read. */
export type MeetingData = Pick<
  Meeting,
  'id' | 'from' | 'to' | 'joinUrl' | 'start' | 'timeZone' | 'durationMinutes' | 'days' | 'assumed'
> &
  Partial<Pick<Meeting, 'joinedBy'>>;

/** A region's shift as a weekly rule. */
export function shiftRule(region: RegionData): WeeklyRule {
  return {
    timeZone: region.timeZone,
    days: region.workingDays,
    start: region.hours.start,
    end: region.hours.end,
  };
}

/** A meeting as a weekly rule. */
export function meetingRule(meeting: MeetingData): WeeklyRule {
  return {
    timeZone: meeting.timeZone,
    days: meeting.days,
    start: meeting.start,
    durationMinutes: meeting.durationMinutes,
  };
}

/** Where a region stands at an instant. */
export interface RegionStatus {
  state: 'on' | 'off' | 'weekend';
  /** On shift: the shift now running. Otherwise: the next shift. */
  shift: Interval | undefined;
}

/**
 * Whether the region is on shift, off shift (a working day, outside its hours)
 * or in its weekend (a day that is not one of its working days, in its own zone),
 * and the shift running or next.
 */
export function regionStatus(region: RegionData, instant: number): RegionStatus {
  const rule = shiftRule(region);
  const running = currentWindow(rule, instant);
  if (running) return { state: 'on', shift: running };
  return { state: isRestDay(rule, instant) ? 'weekend' : 'off', shift: nextWindow(rule, instant) };
}

/** The next meeting of a meeting, and whether it is running now. */
export interface MeetingTiming {
  occurrence: Interval | undefined;
  running: boolean;
  /** True when `instant` is on a day without the meeting, in the meeting's own zone (the weekend). */
  restDay: boolean;
}

/** The meeting running at `instant`, else its next occurrence. */
export function meetingTiming(meeting: MeetingData, instant: number): MeetingTiming {
  const rule = meetingRule(meeting);
  const occurrence = nextWindow(rule, instant);
  return {
    occurrence,
    running: !!occurrence && occurrence.start <= instant,
    restDay: isRestDay(rule, instant),
  };
}

/** Who a region hands its 7x24 cases to, and where. */
export interface Handoff {
  /** The regions of the region's own stage in the rotation. */
  stage: string[];
  /** The regions of the next stage (the last stage hands to the first). */
  to: string[];
  /** The meeting to join, if the data has one for this stage. */
  meeting: MeetingData | undefined;
  /**
   * True when the meeting names the region in its `from`. False when the region
   * shares a stage whose meeting is led by another region (IST joins "EMEA → US").
   */
  namedInMeeting: boolean;
}

/**
 * The handoff for a region, following the rotation.
 * @example handoffFor('IST', [['APAC'], ['IST', 'EMEA'], ['US']], meetings)
 * // { stage: ['IST','EMEA'], to: ['US'], meeting: <EMEA → US>, namedInMeeting: false }
 */
export function handoffFor(
  regionId: string,
  rotation: readonly (readonly string[])[],
  meetings: readonly MeetingData[],
): Handoff {
  const index = rotation.findIndex((stage) => stage.includes(regionId));
  if (index < 0) throw new Error(`Region ${regionId} is not in the rotation.`);
  const stage = [...rotation[index]!];
  const to = [...rotation[(index + 1) % rotation.length]!];
  const own = meetings.find(
    (m) => (m.from as readonly string[]).includes(regionId) && m.to.some((id) => to.includes(id)),
  );
  const joined = meetings.find((m) => (m.joinedBy?.regions as readonly string[] | undefined)?.includes(regionId));
  const stageMeeting = meetings.find(
    (m) => m.from.some((id) => stage.includes(id)) && m.to.some((id) => to.includes(id)),
  );
  return { stage, to, meeting: own ?? joined ?? stageMeeting, namedInMeeting: !!own };
}

/** The regions taking part in a meeting, `from` first, each once. */
export function meetingRegions(meeting: Pick<MeetingData, 'from' | 'to'>): string[] {
  return [...new Set([...meeting.from, ...meeting.to])];
}

/** How a zone was matched to a region. */
export type DetectionKind = 'zone' | 'equivalent' | 'nearest';

/** The region a browser's time zone belongs to, and how sure the match is. */
export interface Detection {
  regionId: string;
  kind: DetectionKind;
}

// Area groups for the fallback: which IANA areas count as one part of the world.
const AREA_GROUP: Record<string, string> = {
  Europe: 'europe',
  Africa: 'europe',
  Atlantic: 'europe',
  Arctic: 'europe',
  America: 'america',
  US: 'america',
  Canada: 'america',
  Brazil: 'america',
  Mexico: 'america',
  Chile: 'america',
  Asia: 'asia',
  Australia: 'asia',
  Indian: 'asia',
  Antarctica: 'asia',
};

function areaGroup(zone: string, offset: number): string | undefined {
  const area = zone.split('/')[0]!;
  if (area === 'Pacific') return offset < 0 ? 'america' : 'asia';
  // West Asia (the Middle East: Dubai, Riyadh, Tehran, Jerusalem) is served with Europe and Africa.
  if (area === 'Asia' && offset < 5 * 60) return 'europe';
  return AREA_GROUP[area];
}

/** Smallest distance between two offsets around the clock, in minutes. */
function offsetDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 1440;
  return Math.min(d, 1440 - d);
}

/**
 * The region a time zone belongs to, from the data alone:
 * 1. the zone is a region's zone (letter case ignored) → that region;
 * 2. the zone keeps the same offsets as a region's zone all year (old names such as
 *    `Asia/Calcutta`, `US/Pacific`, `PRC`, `GB`, and zones that are the same clock)
 *    → that region;
 * 3. otherwise the region whose zone is in the same part of the world (Europe,
 *    Africa, the Atlantic and West Asia; the Americas; the rest of Asia and Oceania)
 *    with the nearest offset at `instant`; with no region there, the nearest offset.
 * @param instant the reference time (the offsets of January and July of its year are compared)
 */
export function detectRegion(zone: string, regions: readonly RegionData[], instant: number): Detection {
  const exact = regions.find((r) => r.timeZone.toLowerCase() === zone.toLowerCase());
  if (exact) return { regionId: exact.id, kind: 'zone' };
  const year = new Date(instant).getUTCFullYear();
  const samples = [0, 3, 6, 9].map((month) => Date.UTC(year, month, 15, 12));
  const same = regions.find((r) => samples.every((t) => offsetMinutes(t, r.timeZone) === offsetMinutes(t, zone)));
  if (same) return { regionId: same.id, kind: 'equivalent' };
  const offset = offsetMinutes(instant, zone);
  const group = areaGroup(zone, offset);
  const inGroup = regions.filter((r) => areaGroup(r.timeZone, offsetMinutes(instant, r.timeZone)) === group);
  const pool = inGroup.length ? inGroup : regions;
  const nearest = [...pool].sort(
    (a, b) =>
      offsetDistance(offsetMinutes(instant, a.timeZone), offset) -
      offsetDistance(offsetMinutes(instant, b.timeZone), offset),
  )[0]!;
  return { regionId: nearest.id, kind: 'nearest' };
}
