import { CASE_OPTIONS } from './case-options';
import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import CaseDetailsFields from '../../src/components/shared/CaseDetailsFields';
import { caseDetails, setCaseDetails } from '../../src/components/shared/case-store';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';

const options = CASE_OPTIONS;

describe('CaseDetailsFields', () => {
  beforeEach(() => setCaseDetails({ ...EMPTY_CASE_DETAILS }));

  it('labels every field and writes to the shared store', async () => {
    const user = userEvent.setup();
    render(() => <CaseDetailsFields options={options} />);
    await user.type(screen.getByLabelText('Case number'), '123');
    await user.selectOptions(screen.getByLabelText('Support plan'), 'Prem');
    await user.selectOptions(screen.getByLabelText('Severity'), 'A');
    await user.type(screen.getByLabelText('Product skill'), 'Azure Data Factory');
    await user.selectOptions(screen.getByLabelText('Target region'), 'US');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect({ ...caseDetails }).toEqual({
      caseNumber: '123',
      supportPlan: 'Prem',
      severity: 'A',
      productSkill: 'Azure Data Factory',
      targetRegion: 'US',
      is24x7: true,
    });
  });

  it('removes spaces and dashes when the person leaves the field', async () => {
    const user = userEvent.setup();
    render(() => <CaseDetailsFields options={options} />);
    const input = screen.getByLabelText('Case number');
    await user.click(input);
    await user.paste('2311-0100 4000');
    await user.tab();
    expect(input).toHaveProperty('value', '231101004000');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('says what is wrong next to the field and keeps the text', async () => {
    const user = userEvent.setup();
    render(() => <CaseDetailsFields options={options} />);
    const input = screen.getByLabelText('Case number');
    await user.type(input, '12#4');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('A case number has digits only; remove "#".');
    expect(input).toHaveProperty('value', '12#4');
  });

  it('two instances on one page show the same values', async () => {
    const user = userEvent.setup();
    render(() => (
      <>
        <CaseDetailsFields options={options} legend="First" fields={['caseNumber']} />
        <CaseDetailsFields options={options} legend="Second" fields={['caseNumber']} />
      </>
    ));
    const [first, second] = screen.getAllByLabelText('Case number');
    await user.type(first!, '42');
    expect(second).toHaveProperty('value', '42');
  });

  it('marks required fields in the label', () => {
    render(() => <CaseDetailsFields options={options} required={['caseNumber']} fields={['caseNumber', 'severity']} />);
    expect(screen.getByLabelText('Case number (required)')).toBeTruthy();
    expect(screen.getByLabelText('Severity')).toBeTruthy();
  });
});
