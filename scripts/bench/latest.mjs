// The table of the latest figures in docs/performance.md, written by the
// benchmark between two markers, each on a line of its own; nothing
// outside them is touched.
//
// Each row is one figure: its section, value, budget, ok/over and the run
// that measured it, keyed by that run's start (UTC, to the minute). Below
// the table, one line per run still in it: commit, build, machine and its
// load, browser, sections. A run replaces the rows of the sections it ran
// (all of them when it ran all) and keeps the others' rows with their own
// run's line, so a partial run (--only / --skip) updates only its rows.
//
// The table is read back from the text written here: cells are escaped
// (`\|`), runs are `- **KEY**: …` lines. A hand edit inside the markers
// that breaks that shape is dropped, with a warning, on the next write.

import { readFile, rename, writeFile } from 'node:fs/promises';

export const START = '<!-- bench:latest:start -->';
export const END = '<!-- bench:latest:end -->';

const HEADER = ['section', 'figure', 'value', 'budget', 'ok/over', 'run'];

const escapeCell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const unescapeCell = (text) => text.trim().replace(/\\\|/g, '|');
const cellsOf = (line) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map(unescapeCell);

const VERDICT_TEXT = { ok: 'ok', over: '**over**', failed: '**failed**', '': '' };
const verdictOf = (text) => text.replace(/\*/g, '');

/** Where `marker` stands on a line of its own (the text may quote it). */
const linesOf = (doc, marker) => [...doc.matchAll(new RegExp(`^${marker}$`, 'gm'))].map((m) => m.index);

/** The part of `doc` between the markers: [before, inside, after]. */
function split(doc, file) {
  const starts = linesOf(doc, START);
  const ends = linesOf(doc, END);
  if (starts.length !== 1 || ends.length !== 1 || ends[0] < starts[0]) {
    throw new Error(`${file} needs exactly one line ${START} followed by one line ${END}`);
  }
  const [start, end] = [starts[0] + START.length, ends[0]];
  return [doc.slice(0, start), doc.slice(start, end), doc.slice(end)];
}

/** The rows and run lines found between the markers. */
export function parse(inside) {
  const rows = [];
  const runs = new Map();
  for (const line of inside.split('\n')) {
    if (line.startsWith('|')) {
      const cells = cellsOf(line);
      if (cells[0] === HEADER[0] || /^-+$/.test(cells[0])) continue;
      if (cells.length !== HEADER.length) {
        console.warn(`[bench] dropped a row of the latest table that does not read back: ${line}`);
        continue;
      }
      const [section, figure, value, budget, verdict, run] = cells;
      rows.push({ section, figure, value, budget, verdict: verdictOf(verdict), run });
    } else {
      const found = /^- \*\*(.+?)\*\*: (.*)$/.exec(line);
      if (found) runs.set(found[1], found[2]);
    }
  }
  return { rows, runs };
}

/** The text between the markers. `order`: every section name, in the
 *  order of the table. */
export function render({ rows, runs }, order) {
  const rank = (section) => (order.includes(section) ? order.indexOf(section) : order.length);
  const sorted = rows.map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row.section) - rank(b.row.section) || a.i - b.i)
    .map(({ row }) => row);
  const used = [...new Set(sorted.map((row) => row.run))];
  const missing = order.filter((section) => !sorted.some((row) => row.section === section));
  const lines = [
    '',
    '<!-- Written by scripts/bench.mjs: a run replaces the rows of the sections it ran. Edit outside the markers only. -->',
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...sorted.map((row) => `| ${[row.section, row.figure, row.value, row.budget, VERDICT_TEXT[row.verdict] ?? row.verdict, row.run]
      .map(escapeCell).join(' | ')} |`),
    '',
    'Runs (start, UTC):',
    '',
    ...used.sort().reverse().map((key) => `- **${key}**: ${runs.get(key) ?? '(no record of this run)'}`),
    '',
  ];
  if (missing.length) lines.push(`Not in the table yet: ${missing.join(', ')} (a full \`scripts/bench.sh\` run measures every section).`, '');
  return lines.join('\n');
}

/** Throws now, before a long run, if `file` has no place for the table. */
export async function checkMarkers(file) {
  split(await readFile(file, 'utf8'), file);
}

/** Rewrites the latest table of `file` with `result`: { key, description,
 *  sections (the sections this run ran), rows ({ section, figure, value,
 *  budget, verdict }) }. Returns the run's key. */
export async function writeLatest(file, result, order) {
  const doc = await readFile(file, 'utf8');
  const [before, inside, after] = split(doc, file);
  const old = parse(inside);
  let key = result.key;
  const kept = old.rows.filter((row) => !result.sections.includes(row.section));
  // Another run that started in the same minute and still has rows.
  for (let n = 2; kept.some((row) => row.run === key); n++) key = `${result.key} (${n})`;
  const runs = new Map(old.runs);
  runs.set(key, result.description);
  const rows = [...kept, ...result.rows.map((row) => ({ ...row, run: key }))];
  const text = before + render({ rows, runs }, order) + after;
  const temporary = `${file}.bench-tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return key;
}
