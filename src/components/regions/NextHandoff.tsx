/**
 * "Your next handoff": the viewer's region (a field, detected from the zone or chosen), whom the
 * case goes to, their SMEs and case-title prefixes (to copy), the handoff meeting (join, add to a
 * calendar) and, drawn a task later, where today's meeting stands (`TodayAndAfter`). The whole of
 * the compact form on the 7x24 page, so it is a component of its own and not part of the full tool.
 */
import { createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import {
  formatLongDate,
  formatZoneName,
  handoffFor,
  localDate,
  meetingName,
  parseIsoDate,
  type LookupData,
} from '../../lib/schedule';
import { titlePrefix } from '../../lib/reassign/title';
import { reviewWarning } from '../../lib/freshness';
import { download } from '../shared/clipboard';
import { createStatus } from '../shared/announce';
import CopyButton from '../shared/CopyButton';
import { Heading, below, type HeadingLevel } from '../shared/Heading';
import { regionLabel, type MyRegion } from './my-region';
import { REGION_SECTIONS } from './sections';
import TodayAndAfter from './TodayAndAfter';

export default function NextHandoff(props: {
  data: LookupData;
  zone: string;
  now: Accessor<number>;
  my: MyRegion;
  /** The compact form: no heading of its own, its meeting titled at `level`. */
  compact?: boolean;
  level: HeadingLevel;
  base?: string;
  /** Whether `TodayAndAfter` has been drawn yet (its own task on the full tool). */
  showStatus: Accessor<boolean>;
}) {
  const { data, zone, now } = props;
  const { detected, mine, chosen, choose } = props.my;
  const region = (id: string) => data.regions.find((r) => r.id === id)!;
  const handoff = createMemo(() => handoffFor(mine(), data.rotation, data.meetings));

  const [copied, say] = createStatus();

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
        <select id="rl-my-region" aria-describedby="rl-my-region-hint" onChange={(e) => choose(e.currentTarget.value)}>
          <For each={data.regions}>
            {(r) => (
              <option value={r.id} selected={r.id === mine()}>
                {regionLabel(r)}: {r.name}
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
                let shown: HTMLElement | undefined;
                return (
                  <li>
                    <code ref={shown}>{text}</code>{' '}
                    <CopyButton text={() => text} what={`“${text}”`} select={() => shown} say={say}>
                      Copy “{text}”
                    </CopyButton>
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
                , which hands to {handoff().to.join('/')} at the {meetingName(meeting())} meeting; this page shows that
                one
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
            <Show when={props.showStatus()}>
              <TodayAndAfter data={data} zone={zone} now={now} mine={mine} meeting={meeting()} base={props.base} />
            </Show>
          </div>
        )}
      </Show>
      <p class="rl-reviewed">
        Times from the team's data, last reviewed <time datetime={data.lastReviewed}>{reviewed}</time>.
        <Show when={reviewWarning(data.lastReviewed, data.reviewEveryMonths, localDate(now(), zone))}>
          {(warning) => <strong class="rl-review-due"> {warning()[0]!.toUpperCase() + warning().slice(1)}.</strong>}
        </Show>
        <Show when={anyAssumed}> Times and zones marked “assumed” are defaults the leads have still to confirm.</Show>
      </p>
    </section>
  );
}
