/**
 * The handoff meetings over the twelve months from the viewer's today, by
 * period ("until Sat 28 Mar: 09:00; from Sun 29 Mar: 08:00"), in each taking-part
 * region's time and the viewer's. Computed in the browser from the viewer's
 * date; the page's no-JavaScript table starts from the data's review date.
 */
import { For, Show } from 'solid-js';
import {
  canonicalZone,
  formatPeriods,
  formatLongDate,
  localDate,
  meetingName,
  meetingPeriods,
  meetingRegions,
  type LookupData,
} from '../../lib/schedule';
import { createStages } from '../shared/create-stages';

export default function MeetingYear(props: { data: LookupData; zone: string; now: number }) {
  const today = localDate(props.now, props.zone);
  const zoneName = canonicalZone(props.zone).name;
  const region = (id: string) => props.data.regions.find((r) => r.id === id)!;
  // A year of periods in four zones is the tool's costliest part: one meeting's row per task.
  const rows = createStages(props.data.meetings.length);
  return (
    <>
      {/* A labelled region the keyboard can focus (content.css, `.table-region`); on a phone each row reflows. */}
      <div class="table-region" role="region" aria-label="The meetings by period, as a table" tabIndex={0}>
        <table class="stack-narrow">
          <caption>Start of each handoff meeting for 12 months from today, {formatLongDate(today)}, by period</caption>
          <thead>
            <tr>
              <th scope="col">Handoff</th>
              <th scope="col">Your time ({zoneName})</th>
              <th scope="col">Each region taking part, in its own time</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.data.meetings}>
              {(m, i) => (
                <Show when={rows() > i()}>
                  <tr>
                    <th scope="row">{meetingName(m)}</th>
                    <td data-label={`Your time (${zoneName})`}>
                      {formatPeriods(meetingPeriods(m, props.zone, today))}
                    </td>
                    <td data-label="Each region taking part, in its own time">
                      <ul class="rl-periods">
                        <For each={meetingRegions(m)}>
                          {(id) => (
                            <li>
                              {id}: {formatPeriods(meetingPeriods(m, region(id).timeZone, today))}
                            </li>
                          )}
                        </For>
                      </ul>
                    </td>
                  </tr>
                </Show>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="rl-hint">
        Each period ends the day before the clocks change in one of the zones. Days are the meetings' own dates; "the
        next day" means the meeting starts after midnight there.
      </p>
    </>
  );
}
