/**
 * Saved drafts that could not be read, each kept aside on this browser under a key of its own (or
 * left in place when there was no room for a copy): the choice to download or discard each. Shown
 * while `draftStatus().setAside` holds any.
 */
import { For, Show, type JSX } from 'solid-js';
import { download } from './clipboard';
import { discardSetAside, draftStatus } from './draft-sync';

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export default function SetAsideDraft(): JSX.Element {
  return (
    <Show when={draftStatus().setAside.length > 0}>
      <div class="tool-banner">
        <p>
          {draftStatus().setAside.length === 1
            ? 'A saved draft that could not be read is set aside on this browser.'
            : `${draftStatus().setAside.length} saved drafts that could not be read are set aside on this browser, each kept.`}
        </p>
        <ul class="tool-banner-list">
          <For each={draftStatus().setAside}>
            {(copy, i) => (
              <li>
                <span>Set aside {when(copy.at)}: </span>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => download(copy.raw, `set-aside-draft-${i() + 1}.txt`, 'text/plain')}
                >
                  Download the set-aside draft{draftStatus().setAside.length > 1 ? ` ${i() + 1}` : ''}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={draftStatus().setAside.length > 1 ? `Discard it (set-aside draft ${i() + 1})` : undefined}
                  onClick={() => discardSetAside(copy)}
                >
                  Discard it
                </button>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
