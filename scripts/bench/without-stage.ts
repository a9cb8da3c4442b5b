/**
 * The build's stage list without one stage, for the benchmark of what a build costs without it
 * (scripts/bench-floor.ts). It edits the source of a throwaway copy, not the build itself: an
 * option or variable that left a gate out of the build would let a pipeline publish pages no
 * check has seen.
 */

/** Where the stages are declared, one line each (src/integrations/portal/stages.ts). */
export const STAGES_FILE = 'src/integrations/portal/stages.ts';

/** `source` (the text of STAGES_FILE) without the line that declares `stage`; throws unless exactly one line does. */
export function withoutStage(source: string, stage: string): string {
  const lines = source.split('\n');
  const declares = (line: string) => line.trimStart().startsWith(`{ name: '${stage}',`);
  const found = lines.filter(declares).length;
  if (found !== 1) throw new Error(`${STAGES_FILE} declares the stage "${stage}" ${found} times; expected once.`);
  return lines.filter((line) => !declares(line)).join('\n');
}
