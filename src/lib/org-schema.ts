/**
 * Schemas for the organisation data file (`src/content/org.yaml`): every name,
 * address, link and time the site shows. One schema per concept, types taken
 * from `z.output`. Cross-references (a meeting naming a region, the rotation)
 * are checked in `OrgSchema`'s `superRefine` so the message can name the field.
 */
import { z } from 'astro/zod';

/** Region ids of the follow-the-sun rotation. */
export const REGION_IDS = ['APAC', 'IST', 'EMEA', 'US'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Days of the week, as written in the data file, Monday first. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** True when `zone` is an IANA time zone this JavaScript engine knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The areas of IANA zone names (`Area/Location`): the places whose clocks the database follows. */
const ZONE_AREAS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
];

const USE_ZONE_NAME = 'use an IANA name such as "Asia/Kolkata", "Europe/London" or "America/Los_Angeles"';

/**
 * Why `zone` is not an IANA time zone name of a place, or `undefined` when it is one (`Area/Location`,
 * known to this JavaScript engine). Offsets, abbreviations and `Etc/` zones are refused even though
 * the engine accepts them: they do not follow a region's daylight-saving changes, so times would be
 * an hour off for part of the year (and `IST` is India, Israel or Ireland).
 * @example timeZoneProblem('America/Los_Angeles') // undefined
 * @example timeZoneProblem('-08:00') // "is an offset, not an IANA time zone name: …"
 */
export function timeZoneProblem(zone: string): string | undefined {
  const name = zone.trim();
  if (/^(UTC|GMT|UT|Z)?\s*[+\-\u2212]\s*\d/i.test(name))
    return `is an offset, not an IANA time zone name: offsets are refused, as they ignore daylight saving time; ${USE_ZONE_NAME}`;
  if (/^Etc\//i.test(name))
    return `is an Etc/ zone, a fixed offset, not a place: Etc/ zones are refused, as they ignore daylight saving time; ${USE_ZONE_NAME}`;
  if (!name.includes('/'))
    return `is an abbreviation, not an IANA time zone name: abbreviations are refused, as they are ambiguous (IST is India, Israel or Ireland) or ignore daylight saving time; ${USE_ZONE_NAME}`;
  if (!ZONE_AREAS.includes(name.split('/')[0]!) || !isKnownTimeZone(name))
    return `is not a known IANA time zone; ${USE_ZONE_NAME}`;
  return undefined;
}

/** A local wall-clock time, 24-hour `HH:MM` (00:00 to 23:59). */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'must be a 24-hour time written HH:MM, from 00:00 to 23:59 (for example "09:30")',
});

/**
 * An IANA time zone name of a place, such as `Asia/Kolkata`; offsets (`-08:00`), abbreviations
 * (`PST`) and `Etc/` zones are refused, each with its reason ({@link timeZoneProblem}).
 */
export const TimeZoneSchema = z.string().superRefine((zone, ctx) => {
  const problem = timeZoneProblem(zone);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The most characters a text field of the data file holds: enough for its job, short of a page. */
export const TEXT_LIMITS = {
  /** Names, short labels and codes: an SME, a region, a queue, a plan, a skill. */
  name: 100,
  /** A link's or document's title, a pattern. */
  title: 200,
  /** A sentence or two: a description, where a document lives, a go-live purpose. */
  text: 500,
  /** A web address (Teams join links are long). */
  url: 2000,
} as const;

/** A line of text of at most `max` characters, trimmed; the message says how long it is. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, {
      error: (issue) =>
        `must be at most ${max} characters (it has ${typeof issue.input === 'string' ? issue.input.length : 'more'})`,
    });

/**
 * An absolute http(s) address, written as an address: no spaces, quotes or angle brackets (which
 * would mean text pasted along with it).
 */
export const HttpUrlSchema = z
  .url({
    protocol: /^https?$/,
    message: 'must be a full web address starting with https:// (or http://)',
  })
  .max(TEXT_LIMITS.url, { message: `must be at most ${TEXT_LIMITS.url} characters` })
  .refine((url) => !/[\s<>"'`\u0000-\u001f\u007f]/.test(url), {
    message: 'must be a web address alone: no spaces, quotes or < > (percent-encode them, for example %20)',
  });

const Name = textSchema(TEXT_LIMITS.name);
const Title = textSchema(TEXT_LIMITS.title);
const Text = textSchema(TEXT_LIMITS.text);

export const RegionIdSchema = z.enum(REGION_IDS, {
  message: `must be one of ${REGION_IDS.join(', ')}`,
});
export const WeekdaySchema = z.enum(WEEKDAYS, {
  message: `must be one of ${WEEKDAYS.join(', ')}`,
});

/** Business hours in the region's own zone. `assumed` marks a default the leads still have to confirm. */
export const HoursSchema = z
  .object({
    start: ClockTimeSchema,
    end: ClockTimeSchema,
    assumed: z.boolean().default(false),
  })
  .refine((h) => h.start !== h.end, {
    message: 'start and end must differ',
    path: ['end'],
  });

/** One support region. */
export const RegionSchema = z.object({
  /** Short id used everywhere: APAC, IST, EMEA, US. */
  id: RegionIdSchema,
  /** Display name, for example "India". */
  name: Name,
  /** Other names people use for the region (IGTSC for IST). */
  aliases: z.array(Name).default([]),
  /** IANA time zone the region's hours are counted in. */
  timeZone: TimeZoneSchema,
  /** True while the zone is a default the leads have not confirmed (the wiki names no zones). */
  timeZoneAssumed: z.boolean().default(false),
  hours: HoursSchema,
  workingDays: z.array(WeekdaySchema).min(1, { message: 'needs at least one day' }),
  /** The region's handover SME (subject-matter expert). */
  sme: Name,
});

/** One handover meeting. `days` are counted in the meeting's own zone. */
export const MeetingSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and dashes' })
    .max(40, { message: 'must be at most 40 characters' }),
  from: z.array(RegionIdSchema).min(1, { message: 'needs at least one region' }),
  to: z.array(RegionIdSchema).min(1, { message: 'needs at least one region' }),
  joinUrl: HttpUrlSchema,
  start: ClockTimeSchema,
  timeZone: TimeZoneSchema,
  durationMinutes: z
    .number()
    .int({ message: 'must be a whole number of minutes' })
    .min(5, { message: 'must be at least 5 minutes' })
    .max(240, { message: 'must be at most 240 minutes' }),
  days: z.array(WeekdaySchema).min(1, { message: 'needs at least one day' }),
  /** True while the time is a default the leads have not confirmed. */
  assumed: z.boolean().default(false),
  /**
   * Regions that join this meeting without being named in it (IST, which shares
   * EMEA's stage); `assumed` while the leads have not confirmed it.
   */
  joinedBy: z
    .object({
      regions: z.array(RegionIdSchema).min(1, { message: 'needs at least one region' }),
      assumed: z.boolean().default(false),
    })
    .optional(),
});

/** A named link. */
export const LinkSchema = z.object({
  title: Title,
  url: HttpUrlSchema,
  description: Text,
});

/** A document that lives in the team's wiki; the site names it and says where it is. */
export const DocumentSchema = z.object({
  title: Title,
  about: Text,
  author: Name.optional(),
  date: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }).optional(),
  /** The wiki's own words beside the document (a name, a date as the wiki writes it), quoted as they are. */
  asWritten: Text.optional(),
  location: Text,
});

const LINK_KEYS = [
  'handoverTool',
  'caseTransfer',
  'ftsTool',
  'caseAssignmentLeads',
  'caseHandoffGuide',
  'caseNotesGuide',
  'caseManagementGuide',
  'seTrainingVideo',
  'leadsTrainingVideo',
  'leadsWalkthroughVideo',
] as const;
export type LinkKey = (typeof LINK_KEYS)[number];

const DOCUMENT_KEYS = ['ftsOverview', 'crmGlobalFtsFocus', 'seGuide', 'leadsGuide'] as const;
export type DocumentKey = (typeof DOCUMENT_KEYS)[number];

const PLACEHOLDERS_SUBJECT = ['{plan}', '{severity}', '{caseNumber}', '{region}', '{skill}'];

/** The reassignment request: mailbox, subject pattern, case-title prefix pattern. */
export const ReassignmentSchema = z.object({
  mailbox: z
    .email({ message: 'must be an email address such as team@example.com' })
    .max(254, { message: 'must be at most 254 characters' }),
  subjectPattern: Title.refine((p) => PLACEHOLDERS_SUBJECT.every((ph) => p.includes(ph)), {
    message: `must contain each placeholder ${PLACEHOLDERS_SUBJECT.join(' ')}`,
  }),
  titlePrefixPattern: Name.refine((p) => p.includes('{region}'), {
    message: 'must contain the placeholder {region}',
  }),
});

// ---------------------------------------------------------------------------
// Glossary and assumed severities (issue 17: truth and clarity). A block of
// its own so it merges apart from the time-zone and meeting rules above.
// ---------------------------------------------------------------------------

/** Which of the two wiki pages (the seeds) a quote comes from. */
export const SEED_PAGES = {
  handoff: 'Case handoff process',
  fts: 'Data Movement FTS portal',
} as const;
export type SeedPage = keyof typeof SEED_PAGES;

/** Where a wiki page uses a term: the page, the place in it, and the wiki's own words. */
export const GlossaryUseSchema = z.object({
  /** `handoff` (Case handoff process) or `fts` (Data Movement FTS portal). */
  seed: z.enum(['handoff', 'fts'], { message: 'must be handoff or fts' }),
  /** The place on that page, for example "7x24 workflow, step 4". */
  where: Text,
  /** The wiki's words, unchanged. */
  quote: Text,
});

/** One glossary entry. `assumed` marks a meaning the wiki does not give, for the leads to confirm. */
export const GlossaryEntrySchema = z.object({
  /** The entry's anchor on /glossary/ (`#sme`); lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and dashes' }),
  /** The term as the site writes it. */
  term: Text,
  /** Every spelling that counts as a use of the term on a page (case-sensitive, whole words). */
  forms: z.array(Text).min(1, { message: 'needs at least one form' }),
  /** What it means, in the site's words. */
  meaning: Text,
  /** True when the wiki does not give this meaning: the site's reading, for the leads to confirm. */
  assumed: z.boolean(),
  /** Where the two wiki pages use it (empty for a word only this site uses). */
  uses: z.array(GlossaryUseSchema).default([]),
});

/** The glossary: every process word the pages use, in the order /glossary/ lists them. */
export const GlossarySchema = z.array(GlossaryEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  entries.forEach((entry, i) => {
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', message: `${entry.id} is listed twice`, path: [i, 'id'] });
    ids.add(entry.id);
    entry.forms.forEach((form, j) => {
      const other = forms.get(form);
      if (other && other !== entry.id)
        ctx.addIssue({ code: 'custom', message: `"${form}" is already a form of ${other}`, path: [i, 'forms', j] });
      forms.set(form, entry.id);
    });
  });
});

/** Severities the wiki does not name (it names A and B only): each must be one of `severities`. */
export const AssumedSeveritiesSchema = z.array(Text).default([]);

/** Checks that every assumed severity is one of the severities. */
function checkAssumedSeverities(
  org: { severities: string[]; assumedSeverities: string[] },
  ctx: z.RefinementCtx,
): void {
  org.assumedSeverities.forEach((s, i) => {
    if (!org.severities.includes(s))
      ctx.addIssue({ code: 'custom', message: `${s} is not one of severities`, path: ['assumedSeverities', i] });
  });
}

/** The whole data file. */
export const OrgSchema = z
  .object({
    /** The date a lead last checked the file (YYYY-MM-DD). */
    lastReviewed: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
    /** How often a lead should review the file, in months (`6 months`); past that, pages warn. */
    reviewEvery: z
      .string()
      .regex(/^([1-9]\d?) months?$/, { message: 'must be a number of months, for example "6 months"' })
      .default('6 months'),
    team: z.object({ name: Name, queue: Name, excludedQueue: Name }),
    regions: z.array(RegionSchema),
    rotation: z.array(z.array(RegionIdSchema).min(1, { message: 'a stage needs a region' })).min(2, {
      message: 'needs at least two stages',
    }),
    /**
     * Days on which no handover meeting is held (`[Sat, Sun]`: none at weekends), counted in each
     * meeting's own zone. A meeting on one of them is refused; the pages say the rule from here.
     */
    noMeetingDays: z.array(WeekdaySchema),
    meetings: z.array(MeetingSchema).min(1, { message: 'needs at least one meeting' }),
    reassignment: ReassignmentSchema,
    supportPlans: z.array(Name).min(1, { message: 'needs at least one plan' }),
    severities: z.array(Name).min(1, { message: 'needs at least one severity' }),
    assumedSeverities: AssumedSeveritiesSchema,
    productSkills: z.object({
      assumed: z.boolean().default(false),
      items: z.array(Name).min(1, { message: 'needs at least one skill' }),
    }),
    links: z.object(Object.fromEntries(LINK_KEYS.map((k) => [k, LinkSchema])) as Record<LinkKey, typeof LinkSchema>),
    assignmentLeads: z.object({
      team: Name,
      channel: Name,
      taskTab: Name,
      taskBucket: Name,
    }),
    documents: z.object(
      Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, DocumentSchema])) as Record<DocumentKey, typeof DocumentSchema>,
    ),
    goLive: z.array(z.object({ dates: Name, action: Text, purpose: Text, note: Text.optional() })),
    glossary: GlossarySchema,
  })
  .superRefine((org, ctx) => {
    const seen = new Set<string>();
    org.regions.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: 'custom', message: `region ${r.id} is listed twice`, path: ['regions', i, 'id'] });
      seen.add(r.id);
    });
    for (const id of REGION_IDS) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `region ${id} is missing`, path: ['regions'] });
    }
    const inRotation = new Set<string>();
    org.rotation.forEach((stage, s) =>
      stage.forEach((id, j) => {
        if (inRotation.has(id))
          ctx.addIssue({
            code: 'custom',
            message: `region ${id} appears twice in the rotation`,
            path: ['rotation', s, j],
          });
        inRotation.add(id);
      }),
    );
    for (const id of seen) {
      if (!inRotation.has(id))
        ctx.addIssue({ code: 'custom', message: `region ${id} is not in the rotation`, path: ['rotation'] });
    }
    org.meetings.forEach((m, i) => {
      m.days.forEach((day, j) => {
        if (org.noMeetingDays.includes(day))
          ctx.addIssue({
            code: 'custom',
            message: `${day} is one of noMeetingDays, the days without a handoff meeting; take it out of this meeting's days, or out of noMeetingDays if the team now meets then`,
            path: ['meetings', i, 'days', j],
          });
      });
      for (const side of ['from', 'to'] as const) {
        m[side].forEach((id, j) => {
          if (!seen.has(id))
            ctx.addIssue({
              code: 'custom',
              message: `names region ${id}, which is not in regions`,
              path: ['meetings', i, side, j],
            });
        });
      }
    });
  })
  .superRefine(checkAssumedSeverities);

export type Org = z.output<typeof OrgSchema>;
export type OrgInput = z.input<typeof OrgSchema>;
export type Region = z.output<typeof RegionSchema>;
export type Meeting = z.output<typeof MeetingSchema>;
export type Link = z.output<typeof LinkSchema>;
export type OrgDocument = z.output<typeof DocumentSchema>;
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
