import { describe, expect, it } from 'vitest';
import {
  DRAFT_KEY,
  GUIDED_DRAFT_KEY,
  GUIDED_SET_ASIDE_KEY,
  KEY_PREFIX,
  MY_REGION_KEY,
  PROBE_KEY,
  SET_ASIDE_KEY,
} from '../../src/lib/storage-keys';
import { CASE_DATA_KEYS, FORMER_KEYS, migrateKeys, type KeyValueStore } from '../../src/lib/storage-migration';

/** A store over a plain object; `refuse` makes every write throw, as a full localStorage does. */
function memoryStore(items: Record<string, string>, refuse = false): KeyValueStore & { items: Record<string, string> } {
  return {
    items,
    getItem: (key) => (key in items ? items[key]! : null),
    setItem: (key, value) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      items[key] = value;
    },
    removeItem: (key) => void delete items[key],
  };
}

describe('storage keys', () => {
  it('every key the site writes starts with the one prefix', () => {
    for (const key of [DRAFT_KEY, SET_ASIDE_KEY, GUIDED_DRAFT_KEY, GUIDED_SET_ASIDE_KEY, MY_REGION_KEY, PROBE_KEY]) {
      expect(key.startsWith(KEY_PREFIX), key).toBe(true);
    }
  });

  it('"Forget drafts" clears every key with case data, the former keys too, and never the region choice', () => {
    expect([...CASE_DATA_KEYS].sort()).toEqual(
      [DRAFT_KEY, SET_ASIDE_KEY, GUIDED_DRAFT_KEY, GUIDED_SET_ASIDE_KEY, ...FORMER_KEYS.map(([f]) => f)].sort(),
    );
    expect(CASE_DATA_KEYS).not.toContain(MY_REGION_KEY);
  });

  it('removing the case-data keys in order, moving former keys before each removal as storage does, leaves none', () => {
    const store = memoryStore({
      'fts-handoff:draft': 'old',
      [DRAFT_KEY]: 'new',
      'fts-handoff-guide:guided:v1': 'old guided',
      [GUIDED_SET_ASIDE_KEY]: '[{"at":1,"raw":"{oops"}]',
    });
    for (const key of CASE_DATA_KEYS) {
      migrateKeys(store);
      store.removeItem(key);
    }
    expect(store.items).toEqual({});
  });
});

describe('migrateKeys: what earlier versions stored moves to today’s keys, and nothing is lost', () => {
  const draft = '{"version":1,"savedAt":1}';
  const newer = '{"version":1,"savedAt":2}';
  it.each<{ case: string; before: Record<string, string>; after: Record<string, string> }>([
    {
      case: 'a former draft moves to the new key',
      before: { 'fts-handoff:draft': draft },
      after: { [DRAFT_KEY]: draft },
    },
    {
      case: 'every former key moves, and other keys are left alone',
      before: {
        'fts-handoff:draft': draft,
        'fts-handoff:set-aside': '{"at":1,"raw":"x"}',
        'fts-handoff-guide:guided:v1': '{"savedAt":1}',
        'starlight-theme': 'dark',
        [MY_REGION_KEY]: 'EMEA',
      },
      after: {
        [DRAFT_KEY]: draft,
        [SET_ASIDE_KEY]: '{"at":1,"raw":"x"}',
        [GUIDED_DRAFT_KEY]: '{"savedAt":1}',
        'starlight-theme': 'dark',
        [MY_REGION_KEY]: 'EMEA',
      },
    },
    {
      case: 'the new key already holds the same text: the former copy goes',
      before: { 'fts-handoff:draft': draft, [DRAFT_KEY]: draft },
      after: { [DRAFT_KEY]: draft },
    },
    {
      case: 'the new key holds something else: both stay (an older tab wrote after the move)',
      before: { 'fts-handoff:draft': draft, [DRAFT_KEY]: newer },
      after: { 'fts-handoff:draft': draft, [DRAFT_KEY]: newer },
    },
    {
      case: 'nothing stored: nothing written',
      before: {},
      after: {},
    },
  ])('$case', ({ before, after }) => {
    const store = memoryStore({ ...before });
    migrateKeys(store);
    expect(store.items).toEqual(after);
  });

  it('a write the browser refuses (storage full) leaves the former key in place, to move next time', () => {
    const store = memoryStore({ 'fts-handoff:draft': draft }, true);
    migrateKeys(store);
    expect(store.items).toEqual({ 'fts-handoff:draft': draft });
  });

  it('a write that does not read back (storage that drops writes) leaves the former key in place', () => {
    const store = memoryStore({ 'fts-handoff:draft': draft });
    store.setItem = () => undefined;
    migrateKeys(store);
    expect(store.items).toEqual({ 'fts-handoff:draft': draft });
  });
});
