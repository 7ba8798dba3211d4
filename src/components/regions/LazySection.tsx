/**
 * A section of the region lookup below the fold ("The day at a glance", the year's meetings): its
 * heading at once, for "On this page" and links to it, its body once it nears the screen, in a task
 * of its own (`createNearScreen`, `createStages`). Until then a placeholder of the body's height
 * holds its place, so nothing below it moves when it is drawn.
 */
import { Show, createEffect, type JSX } from 'solid-js';
import { createStages } from '../shared/create-stages';
import { createNearScreen } from '../shared/near-screen';
import { Heading, type HeadingLevel } from '../shared/Heading';

export default function LazySection(props: {
  section: { id: string; text: string };
  level: HeadingLevel;
  /** Called once the section nears the screen, to fetch the body's code. */
  onNear?: () => void;
  /** False while the body's code is still on its way: the placeholder holds its place until then. */
  ready?: () => boolean;
  children: JSX.Element;
}) {
  let slot: HTMLDivElement | undefined;
  const near = createNearScreen(() => slot);
  const drawn = createStages(1, undefined, near);
  createEffect(() => near() && props.onNear?.());
  return (
    <section class="rl-section" aria-labelledby={props.section.id}>
      <Heading level={props.level} id={props.section.id}>
        {props.section.text}
      </Heading>
      <Show
        when={drawn() >= 1 && (props.ready?.() ?? true)}
        fallback={<div ref={slot} class="rl-pending rl-pending-part" aria-busy="true" />}
      >
        {props.children}
      </Show>
    </section>
  );
}
