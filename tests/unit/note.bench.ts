// Run with `npx vitest bench --run tests/unit/note.bench.ts`. Budget: render +
// checks of a 20,000-character note under 2 ms (latency in ms, tinybench).
import { expect, test } from 'vitest';
import { runChecks } from '../../src/lib/note/checks';
import { parseNote } from '../../src/lib/note/parse';
import { renderHtml, renderMarkdown, renderPlain } from '../../src/lib/note/render';
import { bigNote } from './note-perf-fixture';

const { note, caseDetails } = bigNote(20_000);
const plain = renderPlain(note, caseDetails);

test('render (plain, Markdown, HTML) + checks of a 20,000-character note', async ({ bench }) => {
  const result = await bench('render all formats + checks', () => {
    renderPlain(note, caseDetails);
    renderMarkdown(note, caseDetails);
    renderHtml(note, caseDetails);
    runChecks({ note, caseDetails });
  }).run();
  expect(result.latency.p50).toBeLessThan(2);
});

test('render plain + checks of a 20,000-character note', async ({ bench }) => {
  const result = await bench('render plain + checks', () => {
    renderPlain(note, caseDetails);
    runChecks({ note, caseDetails });
  }).run();
  expect(result.latency.p50).toBeLessThan(2);
});

test('parse (import) of a 20,000-character note', async ({ bench }) => {
  await bench('parse', () => {
    parseNote(plain);
  }).run();
});
