/**
 * Who is on shift, who is next and when the handoff meeting starts, in the
 * viewer's own time. Thin over `src/lib/schedule`: signals and markup only.
 * Mounted `client:only`: it reads the clock, the browser's time zone and
 * localStorage, none of which may reach the built HTML.
 */
import { createMemo, createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import {
  detectRegion,
  formatDay,
  formatDayTime,
  formatLongDate,
  formatTime,
  formatUtcOffset,
  handoffFor,
  isoDate,
  localDate,
  meetingName,
  meetingRegions,
  meetingRule,
  parseIsoDate,
  regionStatus,
  shiftRule,
  startOfDay,
  addDays,
  titlePrefix,
  toIsoInZone,
  windowsBetween,
  zoneCity,
  type LookupData,
  type Segment,
  NO_CALL_STEPS,
  contactSentence,
  crossDaySentence,
  handoverNow,
  nextSentence,
  noMeetingSentence,
  todaySentence,
  clockChanges,
  clockChangeSentence,
  theirsAndYours,
  canonicalZone,
  formatZoneName,
  shiftOwnDay,
  meetingOffDay,
} from '../../lib/schedule';
import { withBase } from '../../lib/base-links';
import { reviewWarning } from '../../lib/freshness';
import { checkShownDate, FIRST_SHOWN_DAY, LAST_SHOWN_DAY } from '../../lib/shown-date';
import Field from '../shared/Field';
import { copyPlain, download } from '../shared/clipboard';
import { createNow } from './create-now';
import MeetingYear from './MeetingYear';
import { createStages } from '../shared/create-stages';
import { createNearScreen } from '../shared/near-screen';
import { Heading, below, type HeadingLevel } from '../shared/Heading';
import { REGION_SECTIONS } from './sections';

/** localStorage key of the viewer's chosen region. */
export const MY_REGION_KEY = 'fts-guide:my-region';

export interface RegionLookupProps {
  data: LookupData;
  /** Next handoff only (for the 7x24 handoff page). */
  compact?: boolean;
  /** Address of the full tool page, shown in the compact form. */
  toolHref?: string;
  /**
   * Heading level of the tool's sections ("Now", "Your next handoff", "The day at a glance"),
   * one below what holds them; default 2. The compact form has no section heading of its own
   * (the page or step around it names it): its meeting is titled at this level.
   */
  level?: HeadingLevel;
  /** The site's base path, for links to the steps of the 7x24 page. */
  base?: string;
  /** The viewer's IANA zone; the browser's own when absent (tests set it). */
  zone?: string;
}

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

/** A sentence from `src/lib/schedule`: its times as `<time>`; `strong`: the segment to stress. */
function Say(props: { segments: Segment[]; strong?: number }) {
  return (
    <For each={props.segments}>
      {(s, i) => {
        const part =
          typeof s === 'string' ? (
            s
          ) : (
            <Time at={s.at} zone={s.zone}>
              {s.text}
            </Time>
          );
        return i() === props.strong ? <strong>{part}</strong> : part;
      }}
    </For>
  );
}

/** A shown time: the text, and the exact instant with the zone's offset for machines. */
function Time(props: { at: number; zone: string; children: JSX.Element }) {
  return <time datetime={toIsoInZone(props.at, props.zone)}>{props.children}</time>;
}

const STATE_LABEL = { on: 'On shift', off: 'Off shift', weekend: 'Weekend' } as const;

/**
 * The tool. Its first render comes in short tasks (`createStages`), so a phone
 * stays responsive while it appears: the viewer's time zone, which is the
 * page's first use of `Intl` (about 25 ms on a laptop, four times that on a
 * phone); then "Now"; then "Your next handoff"; then "The day at a glance".
 * Until the whole tool shows, its place keeps the height the page's
 * placeholder had, so nothing below it moves.
 */
export default function RegionLookup(props: RegionLookupProps) {
  const [zone, setZone] = createSignal<string>();
  let placeholder: HTMLDivElement | undefined;
  // In a step of a long page the tool starts when it nears the screen, not while the page loads.
  const near = createNearScreen(() => placeholder);
  const parts: readonly Part[] = props.compact
    ? ['handoff', 'status']
    : ['now', ...props.data.regions.map((_, i) => `row${i}` as const), 'handoff', 'status'];
  const stage = createStages(
    1 + parts.length,
    (next) => {
      if (next === 1) setZone(props.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
      // A link to one of the tool's sections (from "On this page", or a lead's slide) lands on it once it is drawn.
      if (next === parts.length + 1 && !props.compact) setTimeout(scrollToLinkedSection);
    },
    near,
  );
  return (
    <Show
      when={stage() >= 2 && zone()}
      keyed
      fallback={
        <div
          ref={placeholder}
          class={props.compact ? 'rl-pending' : 'rl-pending rl-placeholder-full'}
          aria-busy="true"
        />
      }
    >
      {(viewerZone) => (
        <Lookup
          data={props.data}
          compact={props.compact}
          toolHref={props.toolHref}
          level={props.level ?? 2}
          base={props.base}
          zone={viewerZone}
          shown={(part) => stage() >= 2 + parts.indexOf(part)}
        />
      )}
    </Show>
  );
}

/**
 * The parts drawn in turn as the tool starts: "Now" (then each region's row, the first use of its
 * zone costing most), the next handoff, today's meeting. "The day at a glance" and the year's meetings are
 * below the fold on every screen; each is drawn when it nears the screen (`LazySection`).
 */
type Part = 'now' | `row${number}` | 'handoff' | 'status';

/** Scrolls to the tool's section the address names, if any: it was not in the page when the browser looked. */
function scrollToLinkedSection() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!Object.values(REGION_SECTIONS).some((s) => s.id === id)) return;
  document.getElementById(id)?.scrollIntoView();
}

/**
 * A section below the fold: its heading at once (for "On this page" and links to it), its body
 * once it nears the screen, in a task of its own.
 */
function LazySection(props: { section: { id: string; text: string }; level: HeadingLevel; children: JSX.Element }) {
  let slot: HTMLDivElement | undefined;
  const near = createNearScreen(() => slot);
  const drawn = createStages(1, undefined, near);
  return (
    <section class="rl-section" aria-labelledby={props.section.id}>
      <Heading level={props.level} id={props.section.id}>
        {props.section.text}
      </Heading>
      <Show when={drawn() >= 1} fallback={<div ref={slot} class="rl-pending rl-pending-part" aria-busy="true" />}>
        {props.children}
      </Show>
    </section>
  );
}

function Lookup(
  props: RegionLookupProps & {
    level: HeadingLevel;
    zone: string;
    /** Whether a part of the tool has rendered yet. */
    shown: (part: Part) => boolean;
  },
) {
  const data = props.data;
  const zone = props.zone;
  const now = createNow();
  const region = (id: string) => data.regions.find((r) => r.id === id)!;
  const regionLabel = (id: string) => {
    const r = region(id);
    return r.aliases.length ? `${r.id} (${r.aliases.join(', ')})` : r.id;
  };

  const detected = detectRegion(zone, data.regions, Date.now());
  const stored = readStored();
  const [mine, setMine] = createSignal(
    stored && data.regions.some((r) => r.id === stored) ? stored : detected.regionId,
  );
  const chosen = () => mine() !== detected.regionId;
  const choose = (id: string) => {
    setMine(id);
    store(id === detected.regionId ? null : id);
  };

  const [copied, setCopied] = createSignal('');
  /** Through clipboard.ts, so copying works on a plain-http intranet page too (no Clipboard API there). */
  const copy = async (text: string) =>
    setCopied(
      (await copyPlain(text)) === 'copied'
        ? `Copied “${text}”.`
        : `Could not copy; select “${text}” and copy it by hand.`,
    );

  const reviewed = formatLongDate(parseIsoDate(data.lastReviewed)!);

  const [calendarStatus, setCalendarStatus] = createSignal('');
  /** Makes the .ics file in the browser (its code loads on the first click) and saves it (`download`: a blob: address). */
  const addToCalendar = async (meetings: LookupData['meetings'], filename: string) => {
    try {
      const { buildIcs } = await import('../../lib/schedule/ics');
      const text = buildIcs(meetings, {
        now: Date.now(),
        first: localDate(Date.now(), zone),
        note: `Times from the team's data, last reviewed ${reviewed}.`,
        uidDomain: location.hostname || 'fts-guide.invalid',
      });
      download(text, filename, 'text/calendar');
      setCalendarStatus(`Saved ${filename}: open it to add the meetings to your calendar, for the next 12 months.`);
    } catch {
      setCalendarStatus('Could not make the calendar file (part of this page did not download). Reload and try again.');
    }
  };
  const anyAssumed =
    data.regions.some((r) => r.hours.assumed || r.timeZoneAssumed) || data.meetings.some((m) => m.assumed);
  const Reviewed = () => (
    <p class="rl-reviewed">
      Times from the team's data, last reviewed <time datetime={data.lastReviewed}>{reviewed}</time>.
      <Show when={reviewWarning(data.lastReviewed, data.reviewEveryMonths, localDate(now(), zone))}>
        {(warning) => <strong class="rl-review-due"> {warning()[0]!.toUpperCase() + warning().slice(1)}.</strong>}
      </Show>
      <Show when={anyAssumed}> Times and zones marked “assumed” are defaults the leads have still to confirm.</Show>
    </p>
  );

  /** Made in its own task on the full tool (see `RegionLookup`). */
  const nextHandoff = () => {
    const handoff = createMemo(() => handoffFor(mine(), data.rotation, data.meetings));
    /** Today's meeting (coming up, running, ended), the next one, clock changes, and what to do without a call: drawn in a task after the facts above. */
    const TodayAndAfter = (p: { meeting: LookupData['meetings'][number] }) => {
      const meeting = () => p.meeting;
      const status = createMemo(() => handoverNow(now(), zone, mine(), data));
      /** The meeting whose times each region's list shows: today's unless it has ended, else the next. */
      const shownMeeting = () => {
        const s = status();
        return s.state === 'upcoming' || s.state === 'running' ? s.today : s.next;
      };
      return (
        <>
          <Show when={status().state === 'none'}>
            <p class="rl-when">
              <strong>{noMeetingSentence(status(), region(mine()))}</strong>
            </p>
          </Show>
          <Show when={status().state !== 'none'}>
            <p class="rl-when">
              <Say segments={todaySentence(status())} strong={1} />
            </p>
          </Show>
          <Show when={status().state !== 'upcoming' && status().next}>
            <p class="rl-when">
              <Say segments={nextSentence(status())} strong={1} />
            </p>
          </Show>
          <For each={clockChanges(now(), zone, mine(), data.meetings)}>
            {(c) => (
              <p class="rl-notice">
                <strong>Clocks change:</strong> {clockChangeSentence(c)}
              </p>
            )}
          </For>
          <Show when={shownMeeting()}>
            {(occ) => (
              <>
                <ul class="rl-zones" aria-label="The same meeting in each region's time">
                  <For each={meetingRegions(meeting())}>
                    {(id) => (
                      <li>
                        {id}:{' '}
                        <Time at={occ().start} zone={region(id).timeZone}>
                          {formatDayTime(occ().start, region(id).timeZone)}
                        </Time>{' '}
                        ({zoneCity(region(id).timeZone)})
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={crossDaySentence(occ().start, meeting(), data.regions)}>
                  {(sentence) => (
                    <p class="rl-hint">
                      {sentence()}: the meeting's days are counted in {zoneCity(meeting().timeZone)}.
                    </p>
                  )}
                </Show>
              </>
            )}
          </Show>
          <Show when={status().actNow}>
            <div class="rl-weekend" role="note" aria-labelledby="rl-act-title">
              <p id="rl-act-title">
                <strong>
                  {status().state === 'ended' ? 'The call is over' : 'No call today'}: what to do now with a 7x24 case
                </strong>
              </p>
              <p>The steps that need no call:</p>
              <ul>
                <For each={NO_CALL_STEPS}>
                  {(s) => (
                    <li>
                      <a href={withBase(s.href, props.base ?? '/')}>
                        Step {s.step}: {s.text}
                      </a>
                      {s.step === 3 && (
                        <>
                          {' '}
                          {/* Where the FTS tool fits in these steps the wiki leaves open (issue 17). */}
                          (in the <a href={data.links.caseTransfer.url}>{data.links.caseTransfer.title}</a>)
                        </>
                      )}
                      {s.step === 6 && (
                        <>
                          {' '}
                          (<a href={`mailto:${data.mailbox}`}>{data.mailbox}</a>)
                        </>
                      )}
                    </li>
                  )}
                </For>
              </ul>
              <p>Whom to contact in {status().handoff.to.join(' and ')}:</p>
              <ul>
                <For each={status().contacts}>
                  {(c) => (
                    <li>
                      <Say segments={contactSentence(c, now(), zone)} />
                    </li>
                  )}
                </For>
              </ul>
            </div>
          </Show>
        </>
      );
    };
    return (
      <section
        class="rl-section"
        // The compact form's title is the page's (or the step's); the region is still named.
        aria-label={props.compact ? REGION_SECTIONS.handoff.text : undefined}
        aria-labelledby={props.compact ? undefined : REGION_SECTIONS.handoff.id}
      >
        <Show when={!props.compact}>
          <Heading level={props.level} id={REGION_SECTIONS.handoff.id}>
            {REGION_SECTIONS.handoff.text}
          </Heading>
        </Show>
        <div class="rl-field">
          <label for="rl-my-region">My region</label>
          <select
            id="rl-my-region"
            aria-describedby="rl-my-region-hint"
            onChange={(e) => choose(e.currentTarget.value)}
          >
            <For each={data.regions}>
              {(r) => (
                <option value={r.id} selected={r.id === mine()}>
                  {regionLabel(r.id)}: {r.name}
                </option>
              )}
            </For>
          </select>
          <p id="rl-my-region-hint" class="rl-hint">
            <Show
              when={chosen()}
              fallback={
                <>
                  {detected.kind === 'nearest' ? 'Nearest to' : 'Detected from'} your time zone, {formatZoneName(zone)}.
                </>
              }
            >
              Your choice, remembered in this browser. Your time zone, {formatZoneName(zone)}, suggests{' '}
              {detected.regionId}.{' '}
              <button type="button" class="rl-link-button" onClick={() => choose(detected.regionId)}>
                Use {detected.regionId}
              </button>
            </Show>
          </p>
        </div>

        <dl class="rl-facts">
          <dt>Hand to</dt>
          <dd>
            <For each={handoff().to}>
              {(id, i) => (
                <>
                  {i() > 0 && ' and '}
                  <strong>{id}</strong> ({region(id).name})
                </>
              )}
            </For>
          </dd>
          <dt>{handoff().to.length > 1 ? 'Their handoff SMEs' : 'Handoff SME'}</dt>
          <dd>
            <For each={handoff().to}>
              {(id, i) => (
                <>
                  {i() > 0 && '; '}
                  {region(id).sme}
                  {handoff().to.length > 1 && ` (${id})`}
                </>
              )}
            </For>
          </dd>
          <dt>Case-title prefix</dt>
          <dd>
            <ul class="rl-prefixes">
              <For each={handoff().to}>
                {(id) => {
                  const text = titlePrefix(data.titlePrefixPattern, id);
                  return (
                    <li>
                      <code>{text}</code>{' '}
                      <button type="button" onClick={() => copy(text)}>
                        Copy “{text}”
                      </button>
                    </li>
                  );
                }}
              </For>
            </ul>
            <p class="rl-status" role="status">
              {copied()}
            </p>
          </dd>
        </dl>

        <Show
          when={handoff().meeting}
          fallback={<p>The team's data names no handoff meeting from {handoff().stage.join('/')}.</p>}
        >
          {(meeting) => (
            <div class="rl-meeting">
              <Heading level={props.compact ? props.level : below(props.level)}>
                The {meetingName(meeting())} handoff meeting
                {meeting().assumed && <span class="rl-assumed"> (time assumed)</span>}
              </Heading>
              <Show when={!handoff().namedInMeeting}>
                <p>
                  The team's wiki names no handoff meeting for {mine()}. {mine()} shares a stage with{' '}
                  {handoff()
                    .stage.filter((id) => id !== mine())
                    .join(', ')}
                  , which hands to {handoff().to.join('/')} at the {meetingName(meeting())} meeting; this page shows
                  that one
                  <Show when={meeting().joinedBy?.assumed}>
                    <span class="rl-assumed"> (assumed)</span>
                  </Show>
                  . Check with your lead which call {mine()} joins.
                </p>
              </Show>
              <p>
                <a href={meeting().joinUrl}>Join the {meetingName(meeting())} meeting in Teams</a>
              </p>
              <p class="rl-calendar">
                <button type="button" onClick={() => addToCalendar([meeting()], `${meeting().id}.ics`)}>
                  Add the {meetingName(meeting())} meeting to your calendar (.ics)
                </button>{' '}
                <button type="button" onClick={() => addToCalendar(data.meetings, 'handoff-meetings.ics')}>
                  All handoff meetings in one file (.ics)
                </button>
              </p>
              <p class="rl-status" role="status">
                {calendarStatus()}
              </p>
              <Show when={props.shown('status')}>
                <TodayAndAfter meeting={meeting()} />
              </Show>
            </div>
          )}
        </Show>
        <Reviewed />
      </section>
    );
  };

  if (props.compact) {
    return (
      <div class="rl rl-compact">
        {nextHandoff()}
        <Show when={props.toolHref}>
          <p>
            <a href={props.toolHref}>Who is on shift now, and the day at a glance</a>
          </p>
        </Show>
      </div>
    );
  }

  return (
    // Holds a screen's height until the parts drawn at once are in.
    <div class="rl" classList={{ 'rl-placeholder-full': !props.shown('status') }}>
      <section class="rl-section" aria-labelledby={REGION_SECTIONS.now.id}>
        <Heading level={props.level} id={REGION_SECTIONS.now.id}>
          {REGION_SECTIONS.now.text}
        </Heading>
        <p>
          Your time:{' '}
          <strong>
            <Time at={now()} zone={zone}>
              {formatDayTime(now(), zone)}
            </Time>
          </strong>{' '}
          ({formatZoneName(zone)}, {formatUtcOffset(now(), zone)})
        </p>
        {/* A labelled region the keyboard can focus (content.css, `.table-region`); on a phone each row reflows. */}
        <div class="table-region" role="region" aria-label="Each region now" tabIndex={0}>
          <table class="stack-narrow">
            <caption>Each region now, in its own time</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Local time</th>
                <th scope="col">Status</th>
                <th scope="col">Handoff SME</th>
              </tr>
            </thead>
            <tbody>
              <For each={data.regions}>
                {(r, i) => {
                  const status = () => regionStatus(r, now());
                  return (
                    <Show when={props.shown(`row${i()}`)}>
                      <tr classList={{ 'rl-mine': r.id === mine() }}>
                        <th scope="row">
                          {regionLabel(r.id)}
                          <Show when={r.id === mine()}>
                            <span class="rl-tag"> (you)</span>
                          </Show>
                        </th>
                        <td data-label="Local time">
                          <Time at={now()} zone={r.timeZone}>
                            {formatDayTime(now(), r.timeZone)}
                          </Time>
                          <span class="rl-city"> {zoneCity(r.timeZone)}</span>
                          <Show when={r.timeZoneAssumed}>
                            <span class="rl-assumed"> (zone assumed)</span>
                          </Show>
                        </td>
                        <td data-label="Status">
                          <span class={`rl-state rl-state-${status().state}`}>{STATE_LABEL[status().state]}</span>
                          <Show when={status().shift}>
                            {(shift) => (
                              <>
                                {status().state === 'on' ? ' until ' : ' · back '}
                                <Say
                                  segments={
                                    status().state === 'on'
                                      ? theirsAndYours(shift().end, r.timeZone, zone, false)
                                      : theirsAndYours(shift().start, r.timeZone, zone)
                                  }
                                />
                              </>
                            )}
                          </Show>
                          <Show when={r.hours.assumed}>
                            <span class="rl-assumed"> (hours assumed)</span>
                          </Show>
                        </td>
                        <td data-label="Handoff SME">{r.sme}</td>
                      </tr>
                    </Show>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <Show when={props.shown('handoff')}>{nextHandoff()}</Show>

      <Show when={props.shown('status')}>
        <LazySection section={REGION_SECTIONS.day} level={props.level}>
          <DayAtAGlance data={data} zone={zone} now={now} />
        </LazySection>
        <LazySection section={REGION_SECTIONS.year} level={props.level}>
          {/* Keyed on the viewer's date: recomputed when the day changes, not every minute. */}
          <Show when={isoDate(localDate(now(), zone))} keyed>
            {(_today) => <MeetingYear data={data} zone={zone} now={now()} />}
          </Show>
        </LazySection>
      </Show>
    </div>
  );
}

/** The regions' business hours and handoff meetings on one day, in the viewer's time. */
function DayAtAGlance(props: { data: LookupData; zone: string; now: Accessor<number> }) {
  const { data, zone, now } = props;
  const today = () => isoDate(localDate(now(), zone));
  const [picked, setPicked] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | undefined>();
  let dateInput: HTMLInputElement | undefined;
  const day = () => parseIsoDate(picked() ?? today()) ?? parseIsoDate(today())!;
  const dayBounds = createMemo(() => {
    const d = day();
    return { start: startOfDay(d, zone), end: startOfDay(addDays(d, 1), zone) };
  });
  const x = (t: number) => {
    const { start, end } = dayBounds();
    return Math.min(1440, Math.max(0, ((t - start) / (end - start)) * 1440));
  };
  const rows = createMemo(() => {
    const { start, end } = dayBounds();
    return data.regions.map((r) => ({
      region: r,
      shifts: windowsBetween(shiftRule(r), start, end),
      meetings: data.meetings.flatMap((m) =>
        meetingRegions(m).includes(r.id)
          ? windowsBetween(meetingRule(m), start, end).map((w) => ({ meeting: m, window: w }))
          : [],
      ),
    }));
  });
  /** A time in the viewer's zone, with the day when it is not the day shown. */
  const viewerTime = (t: number) => (
    <Time at={t} zone={zone}>
      {isoDate(localDate(t, zone)) === isoDate(day()) ? formatTime(t, zone) : formatDayTime(t, zone)}
    </Time>
  );

  return (
    <>
      <Field label="Day to show (your time)" id="rl-date" class="rl-field rl-inline" error={dateError()}>
        {(control) => (
          <>
            <input
              ref={dateInput}
              id={control.id}
              type="date"
              min={FIRST_SHOWN_DAY}
              max={LAST_SHOWN_DAY}
              value={isoDate(day())}
              aria-invalid={control.invalid}
              aria-describedby={control.describedBy}
              onChange={(e) => {
                // A day the view cannot show is told at the field, and the view stays as it was.
                const check = checkShownDate(e.currentTarget.value);
                setDateError(check.kind === 'refused' ? check.message : undefined);
                if (check.kind !== 'refused') setPicked(check.kind === 'ok' ? e.currentTarget.value : null);
              }}
            />
            <button
              type="button"
              onClick={() => {
                setDateError(undefined);
                setPicked(null);
                // The refused text stays in the field until replaced; the view already shows the day it shows.
                if (dateInput) dateInput.value = isoDate(day());
              }}
              disabled={!dateError() && (picked() === null || picked() === today())}
            >
              Today
            </button>
          </>
        )}
      </Field>
      <div class="rl-strip" aria-hidden="true">
        <div class="rl-scale">
          <span>00</span>
          <span>06</span>
          <span>12</span>
          <span>18</span>
          <span>24</span>
        </div>
        <For each={rows()}>
          {(row) => (
            <div class="rl-row">
              <span class="rl-row-label">{row.region.id}</span>
              <svg viewBox="0 0 1440 24" preserveAspectRatio="none" class="rl-bar">
                <rect class="rl-track" x="0" y="0" width="1440" height="24" />
                <For each={[360, 720, 1080]}>
                  {(h) => <rect class="rl-tick" x={h - 1} y="0" width="2" height="24" />}
                </For>
                <For each={row.shifts}>
                  {(s) => <rect class="rl-shift" x={x(s.start)} y="3" width={x(s.end) - x(s.start)} height="18" />}
                </For>
                <For each={row.meetings}>
                  {(m) => (
                    <rect
                      class="rl-meeting-mark"
                      x={x(m.window.start)}
                      y="0"
                      width={Math.max(8, x(m.window.end) - x(m.window.start))}
                      height="24"
                    />
                  )}
                </For>
                <Show when={now() >= dayBounds().start && now() < dayBounds().end}>
                  <rect class="rl-now-line" x={x(now()) - 3} y="0" width="6" height="24" />
                </Show>
              </svg>
            </div>
          )}
        </For>
        <p class="rl-legend">
          <span class="rl-key rl-key-shift" /> business hours <span class="rl-key rl-key-meeting" /> handoff meeting{' '}
          <span class="rl-key rl-key-now" /> now
        </p>
      </div>
      <div class="table-region" role="region" aria-label="The day at a glance, as a table" tabIndex={0}>
        <table class="stack-narrow">
          <caption>
            {formatDay(dayBounds().start, zone)} {day().year} in your time ({canonicalZone(zone).name})
          </caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Business hours</th>
              <th scope="col">Handoff meetings</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr>
                  <th scope="row">{row.region.id}</th>
                  <td data-label="Business hours">
                    <Show when={row.shifts.length} fallback="None (weekend)">
                      <For each={row.shifts}>
                        {(s, i) => (
                          <>
                            {i() > 0 && '; '}
                            {viewerTime(s.start)} to {viewerTime(s.end)}
                            <Show when={shiftOwnDay(s, row.region, zone)}>{(own) => <> ({own()})</>}</Show>
                          </>
                        )}
                      </For>
                    </Show>
                  </td>
                  <td data-label="Handoff meetings">
                    <Show when={row.meetings.length} fallback="None">
                      <For each={row.meetings}>
                        {(m, i) => (
                          <>
                            {i() > 0 && '; '}
                            {meetingName(m.meeting)} at {viewerTime(m.window.start)}
                            <Show when={meetingOffDay(m.window.start, row.region)}>{(off) => <> ({off()})</>}</Show>
                          </>
                        )}
                      </For>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="rl-hint">
        Business hours are each region's own (
        {data.regions.map((r) => `${r.id} ${r.hours.start}–${r.hours.end} ${zoneCity(r.timeZone)}`).join('; ')}
        ), shown in your time.
      </p>
    </>
  );
}
