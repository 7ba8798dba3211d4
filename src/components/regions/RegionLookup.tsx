/**
 * Who is on shift, who is next and when the handoff meeting starts, in the
 * viewer's own time. Thin over `src/lib/schedule`: signals and markup only.
 * Mounted `client:only`: it reads the clock, the browser's time zone and
 * localStorage, none of which may reach the built HTML.
 *
 * This file is the island's entry: its props, its start in stages and the
 * order of its sections. Each section is a file of its own: `NowTable`,
 * `NextHandoff` (the whole compact form; `TodayAndAfter` below it),
 * `DayAtAGlance` and `MeetingYear`, the last two in a `LazySection` and
 * fetched as they near the screen (`below-fold.ts`): the compact form on the
 * 7x24 page never downloads them.
 */
import { createSignal, Show, type JSX } from 'solid-js';
import { isoDate, localDate, type LookupData } from '../../lib/schedule';
import { createNow } from './create-now';
import { createStages } from '../shared/create-stages';
import { createNearScreen } from '../shared/near-screen';
import type { HeadingLevel } from '../shared/Heading';
import { REGION_SECTIONS } from './sections';
import { createMyRegion } from './my-region';
import NowTable from './NowTable';
import NextHandoff from './NextHandoff';
import LazySection from './LazySection';

export { MY_REGION_KEY } from './my-region';

/** Said where a part of the tool could not be downloaded. */
const PART_MISSING = 'Part of this page did not download, so this part of the tool is missing: reload the page.';

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

/** The tool once the viewer's zone is known: its sections, each drawn when its part is `shown`. */
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
  const my = createMyRegion(data, zone);
  const nextHandoff = () => (
    <NextHandoff
      data={data}
      zone={zone}
      now={now}
      my={my}
      compact={props.compact}
      level={props.level}
      base={props.base}
      showStatus={() => props.shown('status')}
    />
  );

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

  // The sections below the fold, fetched when the first of them nears the screen; false if that failed.
  const [below, setBelow] = createSignal<typeof import('./below-fold') | false>();
  let fetching = false;
  const fetchBelow = () => {
    if (fetching) return;
    fetching = true;
    import('./below-fold').then(
      (m) => setBelow(() => m),
      () => setBelow(false),
    );
  };
  /** A section below the fold: drawn as it nears the screen, once its code is in (or saying it could not be). */
  const belowFold = (
    section: { id: string; text: string },
    draw: (m: typeof import('./below-fold')) => JSX.Element,
  ) => (
    <LazySection section={section} level={props.level} onNear={fetchBelow} ready={() => below() !== undefined}>
      <Show when={below()} fallback={<p class="rl-status">{PART_MISSING}</p>}>
        {(m) => draw(m())}
      </Show>
    </LazySection>
  );

  return (
    // Holds a screen's height until the parts drawn at once are in.
    <div class="rl" classList={{ 'rl-placeholder-full': !props.shown('status') }}>
      <NowTable
        data={data}
        zone={zone}
        now={now}
        mine={my.mine}
        level={props.level}
        shownRow={(i) => props.shown(`row${i}`)}
      />

      <Show when={props.shown('handoff')}>{nextHandoff()}</Show>

      <Show when={props.shown('status')}>
        {belowFold(REGION_SECTIONS.day, (m) => (
          <m.DayAtAGlance data={data} zone={zone} now={now} />
        ))}
        {belowFold(REGION_SECTIONS.year, (m) => (
          // Keyed on the viewer's date: recomputed when the day changes, not every minute.
          <Show when={isoDate(localDate(now(), zone))} keyed>
            {(_today) => <m.MeetingYear data={data} zone={zone} now={now()} />}
          </Show>
        ))}
      </Show>
    </div>
  );
}
