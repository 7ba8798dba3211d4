/**
 * The generator's Write / Note switch, for a tool too narrow to show the form and the live note
 * side by side (CSS hides it, and shows both, once the tool is wide enough: `handoff-note.css`).
 * It keeps the typing position: "Note" remembers the field being typed in, its caret and where
 * the page was; "Write" puts all three back.
 */
import { createSignal, type Accessor, type JSX } from 'solid-js';

export type View = 'write' | 'note';

/** What the switch hides and shows: the layout that holds the form and the note. */
export function createViewSwitch(
  layout: () => HTMLElement | undefined,
): [view: Accessor<View>, bar: () => JSX.Element, remember: (event: FocusEvent) => void] {
  const [view, setView] = createSignal<View>('write');
  /** The field last typed in (the switch's own button takes the focus when pressed) and where the page was. */
  const typing: { field: HTMLElement | null; scrollY: number } = { field: null, scrollY: 0 };
  const remember = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) typing.field = event.target;
  };

  const show = (next: View) => {
    if (next === view()) return;
    const root = layout();
    if (next === 'note') {
      typing.scrollY = window.scrollY;
      setView('note');
      // The note starts where the form did: at the top of the tool, not where the form was scrolled to.
      const top = root?.getBoundingClientRect().top ?? 0;
      if (top < 0) root?.scrollIntoView({ block: 'start' });
    } else {
      setView('write');
      window.scrollTo({ top: typing.scrollY });
      // A hidden field keeps its text and caret: focusing it again goes on where the person stopped.
      typing.field?.focus({ preventScroll: true });
    }
  };

  const bar = () => (
    <div class="hn-switch" role="group" aria-label="Show the form or the note">
      <button type="button" class="secondary" aria-pressed={view() === 'write'} onClick={() => show('write')}>
        Write
      </button>
      <button type="button" class="secondary" aria-pressed={view() === 'note'} onClick={() => show('note')}>
        Note and checks
      </button>
    </div>
  );
  return [view, bar, remember];
}
