/**
 * The generator form's fields for the note itself: a text box for each
 * section, and the ticket's checklist (a set of choices, or a line, for each
 * item). Apart from `HandoffNote.tsx`, which lays the form out and calls these
 * where each field goes. They are plain functions, not components, on
 * purpose: a component adds a level to Solid's hydration keys, so the form's
 * server-rendered HTML would change with the file it is written in.
 */
import { For, createSignal, type JSX } from 'solid-js';
import { removedMessage } from '../../lib/identifiers';
import type { AnySectionId } from '../../lib/note/note';
import type { ChecklistItemDef } from '../../lib/note/template';
import { checkLength, LINE_MAX, SECTION_MAX } from '../../lib/text-limit';
import Field, { cleanTypedIdentifier } from '../shared/Field';
import { note, setNote } from '../shared/note-store';

const CHECKLIST_HINTS: Record<string, string> = {
  icmId: 'The ID of the case’s IcM, if it has one. Leave empty when there is none.',
  critsitReason: 'Only for a critsit: why the case is one. Leave empty otherwise.',
};

/**
 * A section's text box (a required section or an optional one), and a checklist item: its choices
 * when it has some, else a one-line answer. A pair, as Solid's own `createSignal` gives, because
 * the names of an object's fields would be shipped to every visitor and a pair's are not.
 */
export type NoteFields = [
  sectionField: (section: { id: AnySectionId; label: string; hint: string }) => JSX.Element,
  checklistItem: (item: ChecklistItemDef) => JSX.Element,
];

/** The field builders of one generator; `fieldId` gives each field's id (the form's "Go to the field" links use it). */
export function createNoteFields(fieldId: (field: string) => string): NoteFields {
  const [icmRemoved, setIcmRemoved] = createSignal('');

  const sectionField = (section: { id: AnySectionId; label: string; hint: string }) => {
    const length = () => checkLength(note.sections[section.id].length, SECTION_MAX);
    return (
      <Field
        label={section.label}
        id={fieldId(section.id)}
        hint={section.hint}
        hintFirst
        max={SECTION_MAX}
        error={length().over ? length().message : undefined}
        note={length().message || undefined}
      >
        {(control) => (
          <textarea
            id={control.id}
            rows={4}
            spellcheck={true}
            value={note.sections[section.id]}
            aria-invalid={control.invalid}
            aria-describedby={control.describedBy}
            onPaste={control.onPaste}
            onBeforeInput={control.onBeforeInput}
            onInput={(e) => setNote('sections', section.id, e.currentTarget.value)}
          />
        )}
      </Field>
    );
  };

  const choiceItem = (item: ChecklistItemDef) => (
    <fieldset class="field field-choice" id={fieldId(item.id)} tabindex="-1">
      <legend>{item.formLabel}</legend>
      <div class="hn-choices">
        <For each={[...(item.options ?? []), '']}>
          {(value) => (
            <label>
              <input
                type="radio"
                name={fieldId(item.id)}
                value={value}
                checked={note.checklist[item.id] === value}
                onChange={() => setNote('checklist', item.id, value)}
              />
              {value || 'Not answered'}
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );

  const textItem = (item: ChecklistItemDef) => {
    const isIcm = item.id === 'icmId';
    const value = () => note.checklist[item.id];
    const length = () => checkLength(value().length, LINE_MAX);
    /**
     * The IcM ID is cleaned as it arrives (full-width characters, invisible characters); the field says
     * what it removed. The wiki gives no form for an IcM ID, so nothing more is asked of it.
     */
    const onInput = (event: Event) => {
      if (!isIcm) return setNote('checklist', item.id, (event.currentTarget as HTMLInputElement).value);
      const { value: cleaned, removed } = cleanTypedIdentifier(event);
      setIcmRemoved(removedMessage(removed));
      setNote('checklist', item.id, cleaned);
    };
    return (
      <Field
        label={item.formLabel}
        id={fieldId(item.id)}
        hint={CHECKLIST_HINTS[item.id]}
        max={LINE_MAX}
        error={length().over ? length().message : undefined}
        notice={isIcm ? icmRemoved() || undefined : undefined}
        note={length().message || undefined}
      >
        {(control) => (
          <input
            id={control.id}
            type="text"
            autocomplete="off"
            value={value()}
            aria-invalid={control.invalid}
            aria-describedby={control.describedBy}
            onPaste={control.onPaste}
            onBeforeInput={control.onBeforeInput}
            onInput={onInput}
            onCompositionEnd={onInput}
          />
        )}
      </Field>
    );
  };

  return [sectionField, (item) => (item.options ? choiceItem(item) : textItem(item))];
}
