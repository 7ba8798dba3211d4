/**
 * The case-details fields every tool shares: case number, support plan,
 * severity, product skill, target region, 7x24. Reads and writes the
 * page-wide store, so a value typed in one tool shows in the others.
 * Each is a `Field`, so a rule's message (case number, maximum length)
 * shows at its field.
 */
import { For, Show, createMemo, createSignal, createUniqueId, type JSX } from 'solid-js';
import { checkCaseNumber, type CaseDetails } from '../../lib/case-details';
import { removedMessage } from '../../lib/identifiers';
import { checkLength, LINE_MAX } from '../../lib/text-limit';
import { caseDetails, setCaseDetails } from './case-store';
import Field, { cleanTypedIdentifier } from './Field';

/** Choices from the data file, passed down from the `.astro` wrapper. */
export interface CaseOptions {
  regions: readonly { id: string; name: string }[];
  supportPlans: readonly string[];
  severities: readonly string[];
  /** Severities the team's wiki does not name (the data's `assumedSeverities`): labelled "(assumed)". */
  assumedSeverities?: readonly string[];
  productSkills: readonly string[];
}

export type CaseField = keyof CaseDetails;

export interface CaseDetailsFieldsProps {
  options: CaseOptions;
  /** Which fields to show, in this order. Default: all. */
  fields?: readonly CaseField[];
  /** Fields marked required (the tool says what is missing elsewhere). */
  required?: readonly CaseField[];
  /** The fieldset's legend. */
  legend?: string;
  /** Start of the fields' ids (`${idPrefix}-caseNumber`…), so the island can link to them. Default: a unique one. */
  idPrefix?: string;
}

const ALL_FIELDS: readonly CaseField[] = [
  'caseNumber',
  'supportPlan',
  'severity',
  'productSkill',
  'targetRegion',
  'is24x7',
];

export default function CaseDetailsFields(props: CaseDetailsFieldsProps): JSX.Element {
  const id = props.idPrefix ?? createUniqueId();
  const fields = () => props.fields ?? ALL_FIELDS;
  const isRequired = (field: CaseField) => props.required?.includes(field) ?? false;
  const caseNumber = createMemo(() => checkCaseNumber(caseDetails.caseNumber));
  const [removed, setRemoved] = createSignal('');
  const skillLength = createMemo(() => checkLength(caseDetails.productSkill.length, LINE_MAX));

  const select = (
    field: 'supportPlan' | 'severity' | 'targetRegion',
    text: string,
    choices: readonly { value: string; label: string }[],
  ) => (
    <Field label={text} required={isRequired(field)} id={`${id}-${field}`}>
      {(control) => (
        <select
          id={control.id}
          value={caseDetails[field]}
          required={isRequired(field)}
          onChange={(e) => setCaseDetails(field, e.currentTarget.value)}
        >
          <option value="">Choose…</option>
          <For each={choices}>{(c) => <option value={c.value}>{c.label}</option>}</For>
        </select>
      )}
    </Field>
  );

  /** Invisible characters and full-width digits are cleaned as they arrive; the field says what it removed. */
  const onCaseNumberInput = (event: Event) => {
    const { value, removed: codes } = cleanTypedIdentifier(event);
    setRemoved(removedMessage(codes));
    setCaseDetails('caseNumber', value);
  };

  const render = (field: CaseField): JSX.Element => {
    switch (field) {
      case 'caseNumber':
        return (
          <Field
            label="Case number"
            required={isRequired('caseNumber')}
            id={`${id}-caseNumber`}
            max={LINE_MAX}
            hint="Digits only; spaces and dashes are removed."
            error={caseDetails.caseNumber ? caseNumber().error : undefined}
            notice={removed() || undefined}
          >
            {(control) => (
              <input
                id={control.id}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck={false}
                required={isRequired('caseNumber')}
                value={caseDetails.caseNumber}
                aria-invalid={control.invalid}
                aria-describedby={control.describedBy}
                onPaste={control.onPaste}
                onBeforeInput={control.onBeforeInput}
                onInput={onCaseNumberInput}
                onCompositionEnd={onCaseNumberInput}
                onChange={(e) => {
                  // Spaces and dashes pasted from elsewhere are removed once the person leaves the field.
                  const { value } = checkCaseNumber(e.currentTarget.value);
                  e.currentTarget.value = value;
                  setCaseDetails('caseNumber', value);
                }}
              />
            )}
          </Field>
        );
      case 'supportPlan':
        return select(
          'supportPlan',
          'Support plan',
          props.options.supportPlans.map((p) => ({ value: p, label: p })),
        );
      case 'severity':
        return select(
          'severity',
          'Severity',
          props.options.severities.map((s) => ({
            value: s,
            label: props.options.assumedSeverities?.includes(s) ? `${s} (assumed)` : s,
          })),
        );
      case 'targetRegion':
        return select(
          'targetRegion',
          'Target region',
          props.options.regions.map((r) => ({ value: r.id, label: `${r.id} (${r.name})` })),
        );
      case 'productSkill':
        return (
          <Field
            label="Product skill"
            required={isRequired('productSkill')}
            id={`${id}-productSkill`}
            max={LINE_MAX}
            hint="Pick from the list or type another skill."
            error={skillLength().over ? skillLength().message : undefined}
            note={skillLength().message || undefined}
          >
            {(control) => (
              <>
                <input
                  id={control.id}
                  type="text"
                  list={`${id}-skills`}
                  autocomplete="off"
                  required={isRequired('productSkill')}
                  value={caseDetails.productSkill}
                  aria-invalid={control.invalid}
                  aria-describedby={control.describedBy}
                  onPaste={control.onPaste}
                  onBeforeInput={control.onBeforeInput}
                  onInput={(e) => setCaseDetails('productSkill', e.currentTarget.value)}
                />
                <datalist id={`${id}-skills`}>
                  <For each={props.options.productSkills}>{(s) => <option value={s} />}</For>
                </datalist>
              </>
            )}
          </Field>
        );
      case 'is24x7':
        return (
          <fieldset class="field field-choice">
            <legend>
              7x24 case?
              <Show when={isRequired('is24x7')}>
                <span class="required-mark"> (required)</span>
              </Show>
            </legend>
            <For each={[true, false]}>
              {(value) => (
                <label>
                  <input
                    type="radio"
                    name={`${id}-is24x7`}
                    checked={caseDetails.is24x7 === value}
                    onChange={() => setCaseDetails('is24x7', value)}
                  />
                  {value ? 'Yes' : 'No'}
                </label>
              )}
            </For>
          </fieldset>
        );
    }
  };

  return (
    <fieldset class="case-details">
      <legend>{props.legend ?? 'Case details'}</legend>
      <div class="case-details-grid">
        <For each={fields()}>{(field) => render(field)}</For>
      </div>
    </fieldset>
  );
}
