/** The table of where a build's time went, one line per stage, in the graph's order. */
import { buildStages as t } from '../../strings/build-stages.ts';
import type { StageTiming } from './run-stages.ts';

/** `order`: the stage names as the graph lists them; `afterPagesMs`: the whole of the work after the pages were built. */
export function stageTable(timings: readonly StageTiming[], order: readonly string[], afterPagesMs?: number): string {
  const sorted = [...timings].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const rows = [[t.stageHeading, t.groupHeading, t.timeHeading], ...sorted.map((timing) => [timing.name, t.groups(timing.groups), t.milliseconds(timing.ms)])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map(([stage, group, time]) => `  ${stage!.padEnd(widths[0]!)}  ${group!.padEnd(widths[1]!)}  ${time!.padStart(widths[2]!)}`);
  return [t.title, ...lines, ...(afterPagesMs === undefined ? [] : [t.afterPages(afterPagesMs)])].join('\n');
}
