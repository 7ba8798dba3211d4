/**
 * "Now": the viewer's time and, for each region, its local time, whether it is on shift (until
 * when, or when it is back, in its time and the viewer's) and its handoff SME. The tool's first
 * section, drawn as it starts; each region's row in a task of its own (`shown`), since the first
 * use of a zone is what costs most on a phone.
 */
import { For, Show, type Accessor } from 'solid-js';
import {
  formatDayTime,
  formatUtcOffset,
  formatZoneName,
  regionStatus,
  theirsAndYours,
  zoneCity,
  type LookupData,
} from '../../lib/schedule';
import { Heading, type HeadingLevel } from '../shared/Heading';
import { regionLabel } from './my-region';
import { REGION_SECTIONS } from './sections';
import { Say, Time } from './Say';

const STATE_LABEL = { on: 'On shift', off: 'Off shift', weekend: 'Weekend' } as const;

export default function NowTable(props: {
  data: LookupData;
  zone: string;
  now: Accessor<number>;
  /** The viewer's region, whose row is marked. */
  mine: Accessor<string>;
  level: HeadingLevel;
  /** Whether the row of the region at this index has been drawn yet. */
  shownRow: (index: number) => boolean;
}) {
  const { data, zone, now, mine } = props;
  return (
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
                  <Show when={props.shownRow(i())}>
                    <tr classList={{ 'rl-mine': r.id === mine() }}>
                      <th scope="row">
                        {regionLabel(r)}
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
  );
}
