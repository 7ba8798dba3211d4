/**
 * The note as rich text, for the generator's "Rich text preview" tab and its
 * printed page: built as elements, never parsed from an HTML string, with the
 * same inline styles as the HTML that "Copy rich" puts on the clipboard
 * (`RICH_STYLE`). Apart from `HandoffNote.tsx` because it is the one part
 * drawn twice (tab and print) and the one that sets styles through the CSSOM.
 */
import { For, Match, Show, Switch, createRenderEffect, type JSX } from 'solid-js';
import type { CaseDetails } from '../../lib/case-details';
import type { Note } from '../../lib/note/note';
import { noteBlocks, RICH_STYLE, type LabelledValue } from '../../lib/note/render';
import { SECTION_PLACEHOLDER } from '../../lib/note/template';

/**
 * Sets an element's inline style through the CSSOM. Under the site's strict
 * CSP, a `style` attribute (which Solid writes for `style="…"` strings) is
 * blocked; the CSSOM is not.
 */
function css(text: string | (() => string)) {
  return (el: HTMLElement) => createRenderEffect(() => (el.style.cssText = typeof text === 'string' ? text : text()));
}

/** The rich note built as elements, never parsed from an HTML string, with the same inline styles as the copied HTML. */
export default function RichNote(props: { note: Note; details?: CaseDetails }): JSX.Element {
  const table = (items: LabelledValue[]) => (
    <table ref={css(RICH_STYLE.table)}>
      <tbody>
        <For each={items}>
          {(item) => (
            <tr>
              <th scope="row" ref={css(RICH_STYLE.label)}>
                {item.label}
              </th>
              <td ref={css(RICH_STYLE.value)}>{item.value}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
  return (
    <div ref={css(RICH_STYLE.root)}>
      <For each={noteBlocks(props.note, props.details)}>
        {(block) => (
          <Switch>
            <Match when={block.kind === 'case' && block}>{(b) => table(b().items)}</Match>
            <Match when={block.kind === 'section' && block}>
              {(b) => (
                <>
                  <p ref={css(RICH_STYLE.heading)}>{b().heading}</p>
                  <Show when={b().text} fallback={<p ref={css(RICH_STYLE.empty)}>{SECTION_PLACEHOLDER}</p>}>
                    <p ref={css(`${RICH_STYLE.text};white-space:pre-wrap`)}>{b().text}</p>
                  </Show>
                </>
              )}
            </Match>
            <Match when={block.kind === 'checklist' && block}>
              {(b) => (
                <>
                  <p ref={css(RICH_STYLE.heading)}>{b().heading}</p>
                  {table(b().items)}
                </>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </div>
  );
}
