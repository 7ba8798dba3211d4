/**
 * The handoff meetings over the twelve months from the viewer's today, by
 * period ("until Sat 28 Mar: 09:00; from Sun 29 Mar: 08:00"), in each taking-part
 * region's time and the viewer's. Computed in the browser from the viewer's
 * date; the page's no-JavaScript table starts from the data's review date.
 */
import { For } from 'solid-js';
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
import { Heading, type HeadingLevel } from '../shared/Heading';
import { REGION_SECTIONS } from './sections';

export default function MeetingYear(props: { data: LookupData; zone: string; now: number; level: HeadingLevel }) {
  const today = localDate(props.now, props.zone);
  const zoneName = canonicalZone(props.zone).name;
  const region = (id: string) => props.data.regions.find((r) => r.id === id)!;
  return (
    <section class="rl-section" aria-labelledby={REGION_SECTIONS.year.id}>
      <Heading level={props.level} id={REGION_SECTIONS.year.id}>
        {REGION_SECTIONS.year.text}
      </Heading>
      <div class="rl-scroll">
        {/* Focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach it. */}
        <table tabIndex={0}>
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
              {(m) => (
                <tr>
                  <th scope="row">{meetingName(m)}</th>
                  <td>{formatPeriods(meetingPeriods(m, props.zone, today))}</td>
                  <td>
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
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="rl-hint">
        Each period ends the day before the clocks change in one of the zones. Days are the meetings' own dates; "the
        next day" means the meeting starts after midnight there.
      </p>
    </section>
  );
}
