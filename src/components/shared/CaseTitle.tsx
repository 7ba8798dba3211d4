/**
 * The one case-title field: the case's current internal title as pasted, and
 * the same title with the target region's prefix ("Need US SE - …"), to copy.
 * Its text is the page's one case title (`case-store.ts`), so the guided page
 * and the reassignment builder show the same. The prefix is built by the one
 * prefix function, `lib/reassign/title.ts`.
 */
import { Show, createMemo, createUniqueId, type JSX } from 'solid-js';
import { prefixTitle, titlePrefix } from '../../lib/reassign/title';
import { caseDetails, caseTitle, setCaseTitle } from './case-store';
import CopyButton from './CopyButton';
import { createStatus } from './announce';

export interface CaseTitleProps {
  /** `reassignment.titlePrefixPattern`, placeholder {region}. */
  pattern: string;
  /** Every name a region goes by (ids and aliases such as IGTSC): their prefixes are replaced. */
  regionNames?: readonly string[];
  /** The island's status line, where copying is said; without it the field has a status line of its own. */
  say?: (message: string) => void;
}

export default function CaseTitle(props: CaseTitleProps): JSX.Element {
  const id = createUniqueId();
  let output: HTMLParagraphElement | undefined;
  const [status, ownSay] = createStatus();
  const say = (message: string) => (props.say ?? ownSay)(message);
  const region = () => caseDetails.targetRegion.trim();
  const titled = () => caseTitle().trim() !== '';
  const prefixed = createMemo(() =>
    region() ? prefixTitle(props.pattern, caseTitle(), region(), props.regionNames) : '',
  );
  return (
    <div class="reassign-block case-title">
      <div class="field">
        <label for={`${id}-title`}>Current internal title of the case (optional)</label>
        <input
          id={`${id}-title`}
          type="text"
          autocomplete="off"
          value={caseTitle()}
          aria-describedby={`${id}-title-msg`}
          onInput={(e) => setCaseTitle(e.currentTarget.value)}
        />
        <p id={`${id}-title-msg`} class="field-message">
          Paste it as it is to get it back with the prefix: an earlier “{titlePrefix(props.pattern, '…')}” prefix is
          replaced.
        </p>
      </div>
      <p class="reassign-label" id={`${id}-label`}>
        {titled() ? 'Title with the region prefix' : 'Region prefix'}
      </p>
      <Show
        when={prefixed()}
        fallback={<p class="reassign-missing">Choose the target region in the case details to get the prefix.</p>}
      >
        <p class="reassign-output" aria-labelledby={`${id}-label`} ref={output}>
          <code>{prefixed()}</code>
        </p>
        <div class="reassign-actions">
          <CopyButton text={prefixed} what={titled() ? 'the title' : 'the prefix'} select={() => output} say={say}>
            {titled() ? 'Copy title' : 'Copy prefix'}
          </CopyButton>
        </div>
      </Show>
      <Show when={!props.say}>
        <p class="reassign-status" role="status">
          {status()}
        </p>
      </Show>
    </div>
  );
}
