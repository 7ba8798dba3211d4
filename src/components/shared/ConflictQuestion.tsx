/**
 * The question `DraftConflict` asks when the saved draft was changed or
 * removed in another tab, or arrived after typing had begun: which note to
 * keep. Fetched the first time a conflict happens (most visits have none).
 */
import type { JSX } from 'solid-js';
import { download } from './clipboard';
import { renderPlain } from '../../lib/note/render';
import { caseDetails } from './case-store';
import { resolveConflict } from './draft-sync';
import { draftState, isDraftEmpty, note } from './note-store';

/** This tab's note with its case details: all that an unsaved tab holds, as one file. */
const saveAsFile = () => download(renderPlain(note, caseDetails), 'handoff-note-this-tab.txt', 'text/plain');

export type ConflictKind = 'changed' | 'restored' | 'removed';

const QUESTION: Record<ConflictKind, string> = {
  changed:
    'The saved note was changed in another tab. This tab stopped saving so neither note is lost. Which one do you want to keep?',
  restored:
    'Your saved draft finished loading after you had started typing. Nothing is saved until you choose: keep what you typed, or load the saved draft?',
  removed: 'The saved note was removed in another tab. This tab stopped saving. Keep this note, or clear it too?',
};

const KEEP_THEIRS: Record<ConflictKind, string> = {
  changed: "Load the other tab's note",
  restored: 'Load the saved draft',
  removed: 'Clear this tab too',
};

export default function ConflictQuestion(props: { kind: ConflictKind }): JSX.Element {
  return (
    <div class="tool-banner" role="alert">
      <p>{QUESTION[props.kind]}</p>
      <button type="button" onClick={() => resolveConflict('mine')}>
        {props.kind === 'restored' ? 'Keep what I typed' : "Keep this tab's note"}
      </button>
      <button type="button" class="secondary" onClick={() => resolveConflict('theirs')}>
        {KEEP_THEIRS[props.kind]}
      </button>
      {/* Whatever is chosen, this tab's unsaved note can be kept as a file first. */}
      <button type="button" class="secondary" disabled={isDraftEmpty(draftState())} onClick={saveAsFile}>
        Download this tab's note
      </button>
    </div>
  );
}
