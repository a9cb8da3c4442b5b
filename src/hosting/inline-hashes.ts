/**
 * CSP hash sources for the inline scripts and styles of built pages. A page may carry small
 * inline code (Astro inlines tiny scripts and stylesheets); the policy allows exactly that
 * code and nothing else, so injected markup cannot run.
 */
import { createHash } from 'node:crypto';

export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Unique hash sources, sorted so the generated configuration only changes when code does. */
export function cspHashes(codes: Iterable<string>): string[] {
  return [...new Set([...codes].map(cspHash))].sort();
}
