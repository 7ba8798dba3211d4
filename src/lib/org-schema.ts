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

/** A local wall-clock time, 24-hour `HH:MM` (00:00 to 23:59). */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'must be a 24-hour time written HH:MM, from 00:00 to 23:59 (for example "09:30")',
});

/** An IANA time zone name such as `Asia/Kolkata`; offsets and abbreviations are refused. */
export const TimeZoneSchema = z.string().refine(isKnownTimeZone, {
  message: 'is not a known IANA time zone; use a name such as "Asia/Kolkata", "Europe/London" or "America/Los_Angeles"',
});

/** An absolute http(s) address. */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'must be a full web address starting with https:// (or http://)',
});

const NonEmpty = z.string().trim().min(1, { message: 'must not be empty' });

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
  name: NonEmpty,
  /** Other names people use for the region (IGTSC for IST). */
  aliases: z.array(NonEmpty).default([]),
  /** IANA time zone the region's hours are counted in. */
  timeZone: TimeZoneSchema,
  /** True while the zone is a default the leads have not confirmed (the wiki names no zones). */
  timeZoneAssumed: z.boolean().default(false),
  hours: HoursSchema,
  workingDays: z.array(WeekdaySchema).min(1, { message: 'needs at least one day' }),
  /** The region's handover SME (subject-matter expert). */
  sme: NonEmpty,
});

/** One handover meeting. `days` are counted in the meeting's own zone. */
export const MeetingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and dashes' }),
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
  title: NonEmpty,
  url: HttpUrlSchema,
  description: NonEmpty,
});

/** A document that lives in the team's wiki; the site names it and says where it is. */
export const DocumentSchema = z.object({
  title: NonEmpty,
  about: NonEmpty,
  author: NonEmpty.optional(),
  date: z.iso.date({ message: 'must be a date written YYYY-MM-DD' }).optional(),
  /** The wiki's own words beside the document (a name, a date as the wiki writes it), quoted as they are. */
  asWritten: NonEmpty.optional(),
  location: NonEmpty,
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
  mailbox: z.email({ message: 'must be an email address such as team@example.com' }),
  subjectPattern: NonEmpty.refine((p) => PLACEHOLDERS_SUBJECT.every((ph) => p.includes(ph)), {
    message: `must contain each placeholder ${PLACEHOLDERS_SUBJECT.join(' ')}`,
  }),
  titlePrefixPattern: NonEmpty.refine((p) => p.includes('{region}'), {
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
  where: NonEmpty,
  /** The wiki's words, unchanged. */
  quote: NonEmpty,
});

/** One glossary entry. `assumed` marks a meaning the wiki does not give, for the leads to confirm. */
export const GlossaryEntrySchema = z.object({
  /** The entry's anchor on /glossary/ (`#sme`); lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and dashes' }),
  /** The term as the site writes it. */
  term: NonEmpty,
  /** Every spelling that counts as a use of the term on a page (case-sensitive, whole words). */
  forms: z.array(NonEmpty).min(1, { message: 'needs at least one form' }),
  /** What it means, in the site's words. */
  meaning: NonEmpty,
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
export const AssumedSeveritiesSchema = z.array(NonEmpty).default([]);

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
    team: z.object({ name: NonEmpty, queue: NonEmpty, excludedQueue: NonEmpty }),
    regions: z.array(RegionSchema),
    rotation: z.array(z.array(RegionIdSchema).min(1, { message: 'a stage needs a region' })).min(2, {
      message: 'needs at least two stages',
    }),
    meetings: z.array(MeetingSchema).min(1, { message: 'needs at least one meeting' }),
    reassignment: ReassignmentSchema,
    supportPlans: z.array(NonEmpty).min(1, { message: 'needs at least one plan' }),
    severities: z.array(NonEmpty).min(1, { message: 'needs at least one severity' }),
    assumedSeverities: AssumedSeveritiesSchema,
    productSkills: z.object({
      assumed: z.boolean().default(false),
      items: z.array(NonEmpty).min(1, { message: 'needs at least one skill' }),
    }),
    links: z.object(Object.fromEntries(LINK_KEYS.map((k) => [k, LinkSchema])) as Record<LinkKey, typeof LinkSchema>),
    assignmentLeads: z.object({
      team: NonEmpty,
      channel: NonEmpty,
      taskTab: NonEmpty,
      taskBucket: NonEmpty,
    }),
    documents: z.object(
      Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, DocumentSchema])) as Record<DocumentKey, typeof DocumentSchema>,
    ),
    goLive: z.array(z.object({ dates: NonEmpty, action: NonEmpty, purpose: NonEmpty, note: NonEmpty.optional() })),
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
