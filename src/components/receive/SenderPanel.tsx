/**
 * Who handed the case over: their name and region (the region from the note
 * when it says so), and the time there now, so the receiver knows whether
 * the sender can still answer.
 */
import { For, Show, createMemo, type JSX } from 'solid-js';
import { senderNow, type SenderRegionData } from '../../lib/receive/sender';

export interface SenderPanelProps {
  id: string;
  regions: readonly SenderRegionData[];
  /** The region the note names, if any. */
  detected: string | undefined;
  regionId: string;
  onRegion: (id: string) => void;
  name: string;
  onName: (name: string) => void;
  /** The current time; undefined until the page runs in a browser. */
  now: number | undefined;
}

export default function SenderPanel(props: SenderPanelProps): JSX.Element {
  const clock = createMemo(() => {
    const region = props.regions.find((r) => r.id === props.regionId);
    return region && props.now !== undefined ? senderNow(region, props.now) : undefined;
  });
  return (
    <section class="rn-block" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>The sender</h3>
      <div class="rn-grid">
        <div class="field">
          <label for={`${props.id}-name`}>Sender's name (optional)</label>
          <input
            id={`${props.id}-name`}
            type="text"
            autocomplete="off"
            value={props.name}
            onInput={(e) => props.onName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${props.id}-region`}>Sender's region</label>
          <select
            id={`${props.id}-region`}
            aria-describedby={`${props.id}-region-hint`}
            value={props.regionId}
            onChange={(e) => props.onRegion(e.currentTarget.value)}
          >
            <option value="">Not known</option>
            <For each={props.regions}>{(r) => <option value={r.id}>{`${r.id} (${r.name})`}</option>}</For>
          </select>
          <p id={`${props.id}-region-hint`} class="field-message">
            {props.detected
              ? `The note says it comes from ${props.detected}.`
              : 'The note does not say where it comes from: pick the region if you know it.'}
          </p>
        </div>
      </div>
      <Show when={clock()}>
        {(c) => (
          <p class="rn-clock">
            In {c().regionId} it is <strong>{c().time}</strong> ({c().offset}). {c().shift}
            <Show when={c().hoursAssumed}> The region's hours are this site's assumption, not yet confirmed.</Show>
          </p>
        )}
      </Show>
    </section>
  );
}
