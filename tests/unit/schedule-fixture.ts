/**
 * A fixed copy of the schedule data for the schedule tests, so that leads can
 * change the real data file without breaking tests about time-zone arithmetic.
 */
import type { MeetingData, RegionData } from '../../src/lib/schedule';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as ('Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri')[];

export const REGIONS: RegionData[] = [
  {
    id: 'APAC',
    name: 'Asia-Pacific',
    timeZone: 'Asia/Shanghai',
    timeZoneAssumed: true,
    hours: { start: '09:00', end: '18:00', assumed: true },
    workingDays: weekdays,
    sme: 'A SME',
  },
  {
    id: 'IST',
    name: 'India',
    timeZone: 'Asia/Kolkata',
    timeZoneAssumed: true,
    hours: { start: '09:00', end: '18:00', assumed: true },
    workingDays: weekdays,
    sme: 'I SME',
  },
  {
    id: 'EMEA',
    name: 'Europe',
    timeZone: 'Europe/London',
    timeZoneAssumed: true,
    hours: { start: '09:00', end: '18:00', assumed: true },
    workingDays: weekdays,
    sme: 'E SME',
  },
  {
    id: 'US',
    name: 'United States',
    timeZone: 'America/Los_Angeles',
    timeZoneAssumed: true,
    hours: { start: '08:00', end: '17:00', assumed: true },
    workingDays: weekdays,
    sme: 'U SME',
  },
];

export const ROTATION = [['APAC'], ['IST', 'EMEA'], ['US']];

const meeting = (id: string, from: string[], to: string[], start: string, timeZone: string): MeetingData => ({
  id,
  from: from as MeetingData['from'],
  to: to as MeetingData['to'],
  joinUrl: `https://example.com/${id}`,
  start,
  timeZone,
  durationMinutes: 30,
  days: weekdays,
  assumed: true,
});

export const MEETINGS: MeetingData[] = [
  meeting('apac-to-ist-emea', ['APAC'], ['IST', 'EMEA'], '17:00', 'Asia/Shanghai'),
  {
    ...meeting('emea-to-us', ['EMEA'], ['US'], '16:00', 'Europe/London'),
    joinedBy: { regions: ['IST'], assumed: true },
  },
  meeting('us-to-apac', ['US'], ['APAC'], '16:30', 'America/Los_Angeles'),
];

/** An instant from an ISO string with offset: `at('2026-03-08T10:30Z')`. */
export const at = (iso: string): number => Date.parse(iso);
