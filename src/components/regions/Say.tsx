/**
 * How the region lookup shows a time: `Time` (the text, with the exact instant and the zone's
 * offset in `<time datetime>` for machines) and `Say` (a sentence from `src/lib/schedule`, its
 * times as `Time`). Apart from the sections because every one of them uses both.
 */
import { For, type JSX } from 'solid-js';
import { toIsoInZone, type Segment } from '../../lib/schedule';

/** A sentence from `src/lib/schedule`: its times as `<time>`; `strong`: the segment to stress. */
export function Say(props: { segments: Segment[]; strong?: number }) {
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
export function Time(props: { at: number; zone: string; children: JSX.Element }) {
  return <time datetime={toIsoInZone(props.at, props.zone)}>{props.children}</time>;
}
