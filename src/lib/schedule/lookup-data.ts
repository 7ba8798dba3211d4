/**
 * The slice of the organisation data the region lookup needs, picked at build
 * time so the page carries only these fields to the browser.
 */
import type { Org } from '../org-schema';
import type { MeetingData, RegionData } from './regions';
import { parseReviewEvery } from '../freshness';

/** What the region lookup island receives as props. */
export interface LookupData {
  /** `YYYY-MM-DD`, shown next to every time. */
  lastReviewed: string;
  /** Months between reviews (the data's `reviewEvery`); past that the tool warns. */
  reviewEveryMonths: number;
  regions: (RegionData & { aliases: string[] })[];
  rotation: string[][];
  meetings: MeetingData[];
  links: { caseTransfer: { title: string; url: string }; ftsTool: { title: string; url: string } };
  mailbox: string;
  titlePrefixPattern: string;
}

/** Picks the lookup's fields from the validated data file. */
export function toLookupData(org: Org): LookupData {
  const link = ({ title, url }: { title: string; url: string }) => ({ title, url });
  return {
    lastReviewed: org.lastReviewed,
    reviewEveryMonths: parseReviewEvery(org.reviewEvery) ?? 6,
    regions: org.regions.map(({ id, name, aliases, timeZone, timeZoneAssumed, hours, workingDays, sme }) => ({
      id,
      name,
      aliases,
      timeZone,
      timeZoneAssumed,
      hours,
      workingDays,
      sme,
    })),
    rotation: org.rotation,
    meetings: org.meetings.map(
      ({ id, from, to, joinUrl, start, timeZone, durationMinutes, days, assumed, joinedBy }) => ({
        id,
        from,
        to,
        joinUrl,
        start,
        timeZone,
        durationMinutes,
        days,
        assumed,
        ...(joinedBy ? { joinedBy } : {}),
      }),
    ),
    links: { caseTransfer: link(org.links.caseTransfer), ftsTool: link(org.links.ftsTool) },
    mailbox: org.reassignment.mailbox,
    titlePrefixPattern: org.reassignment.titlePrefixPattern,
  };
}

/** `EMEA → US`, `APAC → IST/EMEA`. */
export function meetingName(meeting: Pick<MeetingData, 'from' | 'to'>): string {
  return `${meeting.from.join('/')} → ${meeting.to.join('/')}`;
}
