/**
 * A heading whose level the host page chooses, so a tool placed under a page's `##` or inside a
 * workflow step keeps one outline (issue 11): its sections sit one level below what holds them.
 */
import type { JSX } from 'solid-js';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** One level down, at most `h6`. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 5) as HeadingLevel;

export function Heading(props: { level: HeadingLevel; id?: string; class?: string; children: JSX.Element }) {
  // A function child keeps the choice reactive without Solid's `Dynamic` (and the helpers it pulls in).
  return (() => {
    switch (props.level) {
      case 2:
        return (
          <h2 id={props.id} class={props.class}>
            {props.children}
          </h2>
        );
      case 3:
        return (
          <h3 id={props.id} class={props.class}>
            {props.children}
          </h3>
        );
      case 4:
        return (
          <h4 id={props.id} class={props.class}>
            {props.children}
          </h4>
        );
      default:
        return (
          <h5 id={props.id} class={props.class}>
            {props.children}
          </h5>
        );
    }
  }) as unknown as JSX.Element;
}
