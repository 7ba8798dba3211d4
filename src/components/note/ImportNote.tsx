/**
 * The generator's "Import a note" panel: a box to paste a note into, and the button that fills the
 * fields from it. Fetched, with the note reader, when the panel is first opened, so neither weighs
 * on the page's load (`HandoffNote.tsx`).
 */
import { createSignal, type JSX } from 'solid-js';
import { describeImport } from '../../lib/note/import-summary';
import { parseNote, type ParsedNote } from '../../lib/note/parse';
import { checkLength, formatCount, IMPORT_MAX } from '../../lib/text-limit';
import Field from '../shared/Field';

export interface ImportNoteProps {
  /** The paste box's id. */
  id: string;
  /** Fills the fields from what was read. */
  onImport: (parsed: ParsedNote) => void;
}

export default function ImportNote(props: ImportNoteProps): JSX.Element {
  const [text, setText] = createSignal('');
  const [result, setResult] = createSignal('');
  const length = () => checkLength(text().length, IMPORT_MAX);

  const run = () => {
    const pasted = text();
    if (pasted.trim() === '') return setResult('Paste a note in the box first.');
    if (pasted.length > IMPORT_MAX) {
      return setResult(
        `This note is too long to import: ${formatCount(pasted.length)} characters, and the import reads up to ${formatCount(IMPORT_MAX)}. Import it in parts.`,
      );
    }
    const parsed = parseNote(pasted);
    props.onImport(parsed);
    setResult(describeImport(parsed));
  };

  return (
    <>
      <Field
        label="Paste a note"
        id={props.id}
        max={IMPORT_MAX}
        hint="A note made here, or typed by hand in the template (plain text or Markdown). Text that matches no section goes to Handoff Notes."
        hintFirst
        error={length().over ? length().message : undefined}
        note={length().message || undefined}
      >
        {(control) => (
          <textarea
            id={control.id}
            rows={6}
            value={text()}
            aria-invalid={control.invalid}
            aria-describedby={control.describedBy}
            onPaste={control.onPaste}
            onBeforeInput={control.onBeforeInput}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="button" onClick={run}>
        Fill the fields from this note
      </button>
      <p class="field-message" role="status" aria-live="polite">
        {result()}
      </p>
    </>
  );
}
