/**
 * The lower half of "Your next handoff": where today's meeting stands (coming up, running, ended or
 * none today), the next one, coming clock changes, the meeting in each taking-part region's time,
 * and, once the call is over or when there is none, the steps that need no call and whom to
 * contact. Its own file because it is drawn in a task of its own, after the facts above it
 * (the `status` stage of `RegionLookup`), and it recomputes each minute.
 */
import { createMemo, For, Show, type Accessor } from 'solid-js';
import {
  clockChanges,
  clockChangeSentence,
  contactSentence,
  crossDaySentence,
  formatDayTime,
  handoverNow,
  meetingRegions,
  nextSentence,
  noMeetingSentence,
  shownMeeting,
  todaySentence,
  zoneCity,
  NO_CALL_STEPS,
  type LookupData,
} from '../../lib/schedule';
import { withBase } from '../../lib/base-links';
import { Say, Time } from './Say';

export default function TodayAndAfter(props: {
  data: LookupData;
  zone: string;
  now: Accessor<number>;
  mine: Accessor<string>;
  meeting: LookupData['meetings'][number];
  /** The site's base path, for the links to the steps. */
  base?: string;
}) {
  const { data, zone, now, mine } = props;
  const region = (id: string) => data.regions.find((r) => r.id === id)!;
  const meeting = () => props.meeting;
  const status = createMemo(() => handoverNow(now(), zone, mine(), data));
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
      <Show when={shownMeeting(status())}>
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
}
