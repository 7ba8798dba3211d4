/**
 * "The day at a glance": each region's business hours and handoff meetings on one day, in the
 * viewer's time, as a drawn strip (for the eye; hidden from screen readers) and as a table, with a
 * date field to show another day. What the rows hold and where each bar sits on the scale is
 * `src/lib/schedule/day.ts`; this is the field, the markup and the signals. Its own file because it
 * is drawn on its own, when it nears the screen (`LazySection` in `RegionLookup`).
 */
import { createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import {
  canonicalZone,
  dayBounds,
  dayRows,
  dayTimeText,
  formatDay,
  isoDate,
  localDate,
  meetingName,
  meetingOffDay,
  nowLineX,
  ownHoursText,
  parseIsoDate,
  shiftOwnDay,
  DAY_TICKS,
  type LookupData,
} from '../../lib/schedule';
import { checkShownDate, FIRST_SHOWN_DAY, LAST_SHOWN_DAY } from '../../lib/shown-date';
import Field from '../shared/Field';
import { Time } from './Say';

/** The regions' business hours and handoff meetings on one day, in the viewer's time. */
export default function DayAtAGlance(props: { data: LookupData; zone: string; now: Accessor<number> }) {
  const { data, zone, now } = props;
  const today = () => isoDate(localDate(now(), zone));
  const [picked, setPicked] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | undefined>();
  let dateInput: HTMLInputElement | undefined;
  const day = () => parseIsoDate(picked() ?? today()) ?? parseIsoDate(today())!;
  const bounds = createMemo(() => dayBounds(day(), zone));
  const rows = createMemo(() => dayRows(data.regions, data.meetings, bounds()));
  /** A time in the viewer's zone, with the day when it is not the day shown. */
  const viewerTime = (t: number) => (
    <Time at={t} zone={zone}>
      {dayTimeText(t, day(), zone)}
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
                <For each={DAY_TICKS}>{(h) => <rect class="rl-tick" x={h - 1} y="0" width="2" height="24" />}</For>
                <For each={row.shifts}>
                  {(s) => <rect class="rl-shift" x={s.x} y="3" width={s.width} height="18" />}
                </For>
                <For each={row.meetings}>
                  {(m) => <rect class="rl-meeting-mark" x={m.x} y="0" width={m.width} height="24" />}
                </For>
                <Show when={nowLineX(now(), bounds()) !== undefined}>
                  <rect class="rl-now-line" x={nowLineX(now(), bounds())} y="0" width="6" height="24" />
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
            {formatDay(bounds().start, zone)} {day().year} in your time ({canonicalZone(zone).name})
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
                            {viewerTime(s.window.start)} to {viewerTime(s.window.end)}
                            <Show when={shiftOwnDay(s.window, row.region, zone)}>{(own) => <> ({own()})</>}</Show>
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
      <p class="rl-hint">Business hours are each region's own ({ownHoursText(data.regions)}), shown in your time.</p>
    </>
  );
}
