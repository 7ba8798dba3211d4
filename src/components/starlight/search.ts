/**
 * The script of Starlight's search, in place of Starlight's own (`src/integrations/search-on-demand.ts`
 * swaps them; Starlight's markup, styles and inline script stay). Starlight's script builds the
 * search interface (Pagefind UI, about 26 KB of gzipped JavaScript) on every page as soon as the page
 * is idle, which alone would break the site's JavaScript budget for docs pages. This one builds it
 * only when someone is about to search: the search button is hovered, touched or focused, or search
 * opens (click, Ctrl+K / Cmd+K, or "/" when not typing in a field). Keys typed while it loads are
 * kept and searched; the dialog says when it is loading, and when it could not load.
 *
 * Opening, closing and Ctrl+K work as in Starlight 0.42's script.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

const LOADING = 'Loading search…';
const FAILED = 'Search could not load. Close it and try again.';

/** True when a key press is meant for a text field, not for a page-wide shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  /** Resolves once the search interface is on the page; starts loading it on first call. */
  #ui?: Promise<{ triggerSearch(term: string): void }>;
  /** What was typed into the open dialog before the search interface was ready. */
  #typed = '';

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      const input = this.querySelector('input');
      if (input) input.focus();
      else this.#load().then(() => dialog.open && this.querySelector('input')?.focus());
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    // Someone about to search: fetch the interface now so it is ready when they click.
    const preload = () => void this.#load().catch(() => {});
    for (const type of ['pointerenter', 'touchstart', 'focus']) {
      openBtn.addEventListener(type, preload, { once: true, passive: true });
    }

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Keep what is typed while the interface loads, so no key press is lost.
    dialog.addEventListener('keydown', (e) => {
      if (this.querySelector('input') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      if (e.key.length === 1) this.#typed += e.key;
      else if (e.key === 'Backspace') this.#typed = this.#typed.slice(0, -1);
      else return;
      e.preventDefault();
    });

    // Ctrl+K and Cmd+K toggle search; "/" opens it when not typing in a field.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        dialog.open ? closeModal() : openModal();
        e.preventDefault();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !dialog.open && !isTyping(e.target)) {
        openModal();
        e.preventDefault();
      }
    });
  }

  #load() {
    this.#ui ??= this.#mount().catch((error: unknown) => {
      this.#ui = undefined; // Let the next attempt try again (for example once back online).
      this.#status(FAILED);
      throw error;
    });
    return this.#ui;
  }

  #status(text: string) {
    const status = this.querySelector('.search-status');
    if (status) status.textContent = text;
  }

  async #mount() {
    const loading = setTimeout(() => this.#status(LOADING), 150);
    let translations = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}');
    } catch {}

    // Results keep Pagefind's addresses, which end in "/" as the site's do (`trailingSlash: 'always'`;
    // Starlight strips the slash only for 'never', which search-on-demand.ts refuses).
    try {
      // @ts-expect-error — Missing types for @pagefind/default-ui package.
      const { PagefindUI } = await import('@pagefind/default-ui');
      const ui = new PagefindUI({
        ...pagefindUserConfig,
        element: '#starlight__search',
        baseUrl: import.meta.env.BASE_URL,
        bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
        showImages: false,
        translations,
        showSubResults: true,
      });
      this.#status('');
      if (this.#typed) ui.triggerSearch(this.#typed);
      this.#typed = '';
      return ui;
    } finally {
      clearTimeout(loading);
    }
  }
}
customElements.define('site-search', SiteSearch);
