/**
 * The "Publication time" section of BENCHMARKS.md: one row for a cold and one for a warm run per
 * size. Each size's measurements are kept in the section as a JSON comment, so a run of some
 * sizes replaces only their rows and the others stay, dated by their own run.
 */
export interface PublishRun {
  /** undefined when the run linked installed packages instead of installing (--no-install). */
  installMs: number | undefined;
  buildMs: number;
  deployMs: number;
}

export interface PublishSize {
  size: number;
  date: string;
  cold: PublishRun;
  warm: PublishRun[];
  cacheMb: number;
  installMeasured: boolean;
  /** One-minute load average at the start and end of the size's runs: above the core count, the machine was shared. */
  load?: [number, number];
}

const DATA = /^<!-- publish-data (.*) -->$/gm;

export function parsePublishSection(text: string): Map<number, PublishSize> {
  const sizes = new Map<number, PublishSize>();
  for (const match of text.matchAll(DATA)) {
    const entry = JSON.parse(match[1] ?? '{}') as PublishSize;
    sizes.set(entry.size, entry);
  }
  return sizes;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

function median(runs: readonly PublishRun[], pick: (run: PublishRun) => number | undefined): string {
  const values = runs.map(pick).filter((value): value is number => value !== undefined).sort((a, b) => a - b);
  if (!values.length) return '–';
  const middle = values[Math.floor((values.length - 1) / 2)]!;
  return values.length > 1 ? `${seconds(middle)} (${seconds(values[0])}–${seconds(values.at(-1))})` : seconds(middle);
}

/** To a deployable build: what the pipeline waits for before it can deploy. */
const toDeployable = (run: PublishRun) => (run.installMs ?? 0) + run.buildMs;

export function renderPublishSection(machine: string, sizes: Iterable<PublishSize>): string {
  const sorted = [...sizes].sort((a, b) => a.size - b.size);
  const lines = [
    `Machine: ${machine}. \`npm run bench:publish -- <sizes>\` (scripts/bench-publish.ts). Warm: median of three runs, each after one changed and committed article, with the range. "To deployable" is install plus build, without the pipeline's own start-up and the restore and save of its caches (their size is given: restoring is roughly reading that much from the host's cache store).`,
    '',
    '| entries | run | kind | install (s) | build (s) | to deployable (s) | deploy to a folder (s) | build caches (MB) | load average (start, end) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const entry of sorted) {
    const install = entry.installMeasured ? '' : ' (install not measured)';
    const load = entry.load ? `${entry.load[0].toFixed(1)}, ${entry.load[1].toFixed(1)}` : '–';
    lines.push(`| ${entry.size} | ${entry.date}${install} | cold | ${seconds(entry.cold.installMs)} | ${seconds(entry.cold.buildMs)} | ${seconds(toDeployable(entry.cold))} | ${seconds(entry.cold.deployMs)} | ${entry.cacheMb} | ${load} |`);
    lines.push(
      `| ${entry.size} | ${entry.date}${install} | warm, one article changed | ${median(entry.warm, (run) => run.installMs)} | ${median(entry.warm, (run) => run.buildMs)} | ${median(entry.warm, toDeployable)} | ${median(entry.warm, (run) => run.deployMs)} | ${entry.cacheMb} | ${load} |`,
    );
  }
  lines.push('');
  for (const entry of sorted) lines.push(`<!-- publish-data ${JSON.stringify(entry)} -->`);
  return lines.join('\n');
}
