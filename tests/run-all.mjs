/**
 * `npm test`: every stage in order (README, "What `npm test` runs"), stopping at the first that
 * fails, then one line per stage with what it counted and how long it took, so a run's size and
 * speed can be read at a glance and compared between runs.
 */
import { spawn } from 'node:child_process';

/** @typedef {{ name: string, script: string, count: (output: string) => string }} Stage */

/** @param {string} text @returns {string} the text without terminal colours */
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** @param {RegExp} pattern @param {string} output @returns {string} the last match's first group, or '' */
function last(pattern, output) {
  const all = [...output.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  return all.at(-1)?.[1] ?? '';
}

/** Vitest's summary lines ("Tests  1344 passed (1345)", "Test Files  46 passed (46)") in a few words. */
const vitestCount = (/** @type {string} */ output) => {
  const tests = last(/^\s*Tests\s+(.+?)\s*$/m, output).replace(/\s*\(\d+\)$/, '');
  const files = last(/^\s*Test Files\s+.*\((\d+)\)\s*$/m, output);
  return `${tests || '?'} tests in ${files || '?'} files`;
};

/** @type {Stage[]} */
const STAGES = [
  {
    name: 'lint',
    script: 'lint',
    count: (o) => (/All matched files use Prettier/.test(o) ? 'every file formatted' : ''),
  },
  {
    name: 'check',
    script: 'check',
    count: (o) =>
      [/(\d+) errors?/, /(\d+) warnings?/]
        .map((p, i) => `${last(p, o) || '?'} ${['errors', 'warnings'][i]}`)
        .join(', '),
  },
  { name: 'unit + component', script: 'test:unit', count: vitestCount },
  { name: 'build', script: 'build', count: (o) => `${last(/(\d+) page\(s\) built/, o) || '?'} pages` },
  { name: 'build tests', script: 'test:build', count: vitestCount },
  {
    name: 'e2e',
    script: 'test:e2e',
    count: (o) =>
      `${last(/^\s*(\d+ passed)/m, o) || '?'}${last(/^\s*(\d+ failed)/m, o) ? `, ${last(/^\s*(\d+ failed)/m, o)}` : ''}`,
  },
];

/** Runs `npm run <script>`, showing its output as it comes; resolves with its output and exit code. */
function run(/** @type {string} */ script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ output: plain(output), code: code ?? 1 }));
  });
}

const started = Date.now();
/** @type {string[]} */
const summary = [];
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(0).padStart(4)} s`;
let failed = '';
for (const stage of STAGES) {
  const t0 = Date.now();
  const { output, code } = /** @type {{ output: string, code: number }} */ (await run(stage.script));
  const line = `${stage.name.padEnd(17)} ${seconds(Date.now() - t0)}  ${stage.count(output)}`;
  summary.push(code === 0 ? line : `${line}  FAILED (exit ${code})`);
  if (code !== 0) {
    failed = stage.name;
    break;
  }
}
const skipped = STAGES.slice(summary.length).map((s) => `${s.name.padEnd(17)}    -    not run`);
console.log(`\nnpm test, stage by stage:\n${[...summary, ...skipped].map((l) => `  ${l}`).join('\n')}`);
console.log(`  ${'total'.padEnd(17)} ${seconds(Date.now() - started)}${failed ? `  stopped at ${failed}` : ''}`);
process.exit(failed ? 1 : 0);
