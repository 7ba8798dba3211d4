/**
 * The team's two handoff workflows, step by step, in the wiki's order:
 * seven steps for a 7x24 case going to the next region, five for a non-7x24
 * case staying in the local region. The guided page turns them into a
 * checklist; each step links to its own anchor on the workflow's page.
 */

/** 7x24 to the next region, or non-7x24 within the local region. */
export type WorkflowId = '24x7' | 'local';

/** What a step is about; the guided page puts the matching tool in it. */
export type StepKind = 'note' | 'title' | 'transfer' | 'meeting' | 'queue' | 'email' | 'brief';

/** One step of a workflow. */
export interface WorkflowStep {
  kind: StepKind;
  /** The step in the site's words. */
  title: string;
}

/** One workflow: where it is described and its steps. */
export interface Workflow {
  id: WorkflowId;
  /** Its name on the site. */
  title: string;
  /** The page that describes it (root-relative; steps are `#step-N` there). */
  path: string;
  steps: readonly WorkflowStep[];
}

const NOTE_TITLE = 'Log your handoff note in the case';
const TITLE_TITLE = 'Add the region prefix to the case’s internal title';
const TRANSFER_TITLE = 'Create a new entry for the case transfer';
const EMAIL_TITLE = 'Email the DM mailbox to ask for reassignment';

/** The two workflows, keyed by id. */
export const WORKFLOWS: Readonly<Record<WorkflowId, Workflow>> = {
  '24x7': {
    id: '24x7',
    title: '7x24 handoff to the next region',
    path: '/handoff/24x7/',
    steps: [
      { kind: 'note', title: `${NOTE_TITLE}, before the handoff meeting` },
      { kind: 'title', title: TITLE_TITLE },
      { kind: 'transfer', title: TRANSFER_TITLE },
      { kind: 'meeting', title: 'Align the transfer in the handoff meeting' },
      { kind: 'queue', title: 'Once the region’s SME agrees, transfer the case back to the queue' },
      { kind: 'email', title: EMAIL_TITLE },
      { kind: 'brief', title: 'Once the case is assigned, brief the colleague who takes it, if needed' },
    ],
  },
  local: {
    id: 'local',
    title: 'Non-7x24 handoff to the local region',
    path: '/handoff/local/',
    steps: [
      { kind: 'note', title: NOTE_TITLE },
      { kind: 'title', title: TITLE_TITLE },
      { kind: 'transfer', title: TRANSFER_TITLE },
      { kind: 'queue', title: 'Transfer the case back to the queue' },
      { kind: 'email', title: EMAIL_TITLE },
    ],
  },
};

/** Every step kind, in the order they appear across both workflows. */
export const STEP_KINDS: readonly StepKind[] = WORKFLOWS['24x7'].steps.map((s) => s.kind);

/**
 * The step's number in a workflow (1-based), or undefined when the workflow
 * has no such step (the meeting and the briefing are 7x24 only).
 * @example stepNumber('local', 'queue') // 4
 */
export function stepNumber(workflow: WorkflowId, kind: StepKind): number | undefined {
  const index = WORKFLOWS[workflow].steps.findIndex((s) => s.kind === kind);
  return index < 0 ? undefined : index + 1;
}

/**
 * The link to one step on its workflow's page.
 * @example stepHref('24x7', 3) // "/handoff/24x7/#step-3"
 */
export function stepHref(workflow: WorkflowId, number: number): string {
  return `${WORKFLOWS[workflow].path}#step-${number}`;
}
