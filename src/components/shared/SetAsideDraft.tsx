/**
 * A saved draft that could not be read, kept aside on this browser (or left in place when there was
 * no room for a copy): the choice to download it or discard it. Shown while `draftStatus().setAside`
 * holds it.
 */
import { Show, type JSX } from 'solid-js';
import { download } from './clipboard';
import { discardSetAside, draftStatus } from './draft-sync';

export default function SetAsideDraft(): JSX.Element {
  return (
    <Show when={draftStatus().setAside}>
      {(raw) => (
        <div class="tool-banner">
          <p>A saved draft that could not be read is set aside on this browser.</p>
          <button type="button" class="secondary" onClick={() => download(raw(), 'set-aside-draft.txt', 'text/plain')}>
            Download the set-aside draft
          </button>
          <button type="button" class="secondary" onClick={discardSetAside}>
            Discard it
          </button>
        </div>
      )}
    </Show>
  );
}
