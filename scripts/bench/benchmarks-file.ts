/**
 * BENCHMARKS.md holds one section per benchmark ("## Search", ...). A benchmark rewrites its
 * own section and leaves the others as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = '# Benchmarks\n\nMeasured results of the benchmark scripts in `scripts/`, with the machine they ran on.\nEach section is rewritten by its script.\n';

export function writeBenchmarkSection(file: string, heading: string, body: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`\n## ${heading}\n`);
  if (start === -1) {
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + 1);
  const rest = next === -1 ? '' : `\n${current.slice(next + 1)}`;
  writeFileSync(file, `${current.slice(0, start + 1)}${section}${rest}`);
}
