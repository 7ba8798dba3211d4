/**
 * The generator's "Import a note" panel: a box to paste a note into, and the button that fills the
 * fields from it. Fetched, with the note reader, when the panel is first opened, so neither weighs
 * on the page's load (`HandoffNote.tsx`).
 */
import { createSignal, type JSX } from 'solid-js';
import { describeImport } from '../../lib/note/import-summary';
import { parseNote, type ParsedNote } from '../../lib/note/parse';
import { checkLength, formatCount, IMPORT_MAX } from '../../lib/text-limit';
import { htmlToText } from '../receive/html-text';
import Field, { type FieldControl } from '../shared/Field';

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

  /**
   * HTML pasted from Outlook or Dynamics is read as the receive tool reads it (`html-text.ts`): in an
   * inert document, so nothing in it runs or is fetched, each block and table row on its own line
   * where the browser's own text would run them together. The text goes through the field's paste
   * guard as a `beforeinput` of its own, so a paste too long for the box is held like any other.
   */
  const onPaste = (event: ClipboardEvent, control: FieldControl) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (html.trim() === '') return control.onPaste?.(event);
    event.preventDefault();
    const area = event.currentTarget as HTMLTextAreaElement;
    const pasted = htmlToText(html);
    const insert = new InputEvent('beforeinput', {
      inputType: 'insertFromPaste',
      data: pasted,
      bubbles: true,
      cancelable: true,
    });
    if (!area.dispatchEvent(insert)) return;
    area.setRangeText(pasted, area.selectionStart, area.selectionEnd, 'end');
    setText(area.value);
  };

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
        hint="A note made here, typed by hand in the template (plain text or Markdown), or copied from Outlook or Dynamics. Text that matches no section goes to Handoff Notes."
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
            onPaste={(event) => onPaste(event, control)}
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
