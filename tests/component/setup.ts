import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { setCaseTitle } from '../../src/components/shared/case-store';

afterEach(() => {
  cleanup();
  localStorage.clear();
  // The page's one case title is a module-level store, as on a page: empty for the next test.
  setCaseTitle('');
});
