/**
 * The "Build" section of BENCHMARKS.md, one block per size: its row in the summary table, the
 * line saying where its memory peaked, and its table of stages and page weights. A run of some
 * sizes replaces those sizes' blocks and keeps the others as they were, each row dated by its
 * own run, so `npm run bench:build -- 5000` does not erase the figures for 500 and 2,000.
 */

export interface SizeBlock {
  size: number;
  /** The row of the summary table, starting with the page count. */
  row: string;
  /** "- 5000 entries: bare peaked during …". */
  peak: string;
  /** From "### 5000 entries (…)" to the end of its tables. */
  details: string[];
}

export const SUMMARY_HEADER = [
  '| pages | build | run | bare cold (s) | full cold (s) | ratio | bare unchanged (s) | full unchanged (s) | bare one changed, median (range) (s) | full one changed, median (range) (s) | ratio of medians | peak memory bare (MB) | peak memory full (MB) | full, RSS sum (MB) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

const PEAK_NOTE =
  'Peak memory is the process tree’s PSS sum (shared pages split between the processes that map them); the RSS sum counts shared pages once per process. Where each peak came:';

const ROW = /^\| \d+ \| (\d+) entries \|/;
const PEAK = /^- (\d+) entries: /;
const DETAILS = /^### (\d+) entries \(/;

/** The blocks of an existing section, by size; rows of an older table layout are left out. */
export function parseBuildSection(section: string): Map<number, SizeBlock> {
  const lines = section.split('\n');
  const columns = SUMMARY_HEADER[0]!.split('|').length;
  const parts = new Map<number, Partial<SizeBlock>>();
  const part = (size: number) => parts.get(size) ?? parts.set(size, { size }).get(size)!;
  let details: string[] | undefined;
  for (const line of lines) {
    const heading = DETAILS.exec(line);
    if (heading) {
      details = [line];
      part(Number(heading[1])).details = details;
      continue;
    }
    if (details) {
      details.push(line);
      continue;
    }
    const row = ROW.exec(line);
    if (row && line.split('|').length === columns) part(Number(row[1])).row = line;
    const peak = PEAK.exec(line);
    if (peak) part(Number(peak[1])).peak = line;
  }
  const blocks = new Map<number, SizeBlock>();
  for (const [size, block] of parts) {
    if (block.row && block.peak && block.details) {
      while (block.details.at(-1) === '') block.details.pop();
      blocks.set(size, block as SizeBlock);
    }
  }
  return blocks;
}

/** The whole section for these blocks, smallest size first. */
export function renderBuildSection(machine: string, blocks: Iterable<SizeBlock>): string {
  const sorted = [...blocks].sort((a, b) => a.size - b.size);
  return [
    '## Build',
    '',
    `Machine: ${machine}.`,
    '',
    ...SUMMARY_HEADER,
    ...sorted.map((block) => block.row),
    '',
    PEAK_NOTE,
    '',
    ...sorted.map((block) => block.peak),
    ...sorted.flatMap((block) => ['', ...block.details]),
  ].join('\n');
}
