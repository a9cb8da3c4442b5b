/** Reads and replaces generated sections of BENCHMARKS.md, leaving the rest (and its prose) alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The text between a section's markers, or '' when the file or the section is missing. */
export function readBenchmarkSection(file: string, name: string): string {
  if (!existsSync(file)) return '';
  const pattern = new RegExp(`<!-- bench:${name}:start -->\\n([\\s\\S]*?)\\n<!-- bench:${name}:end -->`);
  return pattern.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
}

export function updateBenchmarkSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}
