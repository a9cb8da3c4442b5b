/**
 * Results kept by each page's content hash, so a rebuild re-checks only pages whose HTML (or,
 * for Chromium, whose stylesheets and scripts) changed. The cache forgets itself whenever
 * the rules, axe or the portal's own checks change, and keeps only the pages of the latest
 * build, so it never grows past one entry a page.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Finding } from './types.ts';

interface CacheFile {
  fingerprint: string;
  entries: Record<string, Finding[]>;
}

export function contentHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

export class ResultCache {
  private readonly file: string | undefined;
  private readonly fingerprint: string;
  private readonly previous: Map<string, Finding[]>;
  private readonly current = new Map<string, Finding[]>();

  private constructor(file: string | undefined, fingerprint: string, previous: Record<string, Finding[]>) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.previous = new Map(Object.entries(previous));
  }

  /** Reads the cache file; a missing, unreadable or outdated file is an empty cache. `file` undefined: no cache. */
  static load(file: string | undefined, fingerprint: string): ResultCache {
    if (!file) return new ResultCache(undefined, fingerprint, {});
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      return new ResultCache(file, fingerprint, stored.fingerprint === fingerprint ? stored.entries : {});
    } catch {
      return new ResultCache(file, fingerprint, {});
    }
  }

  /** The findings stored for this hash, and marks it as still in use. */
  get(hash: string): Finding[] | undefined {
    const found = this.current.get(hash) ?? this.previous.get(hash);
    if (found) this.current.set(hash, found);
    return found;
  }

  set(hash: string, findings: Finding[]): void {
    this.current.set(hash, findings);
  }

  /** Writes the entries used by this build only (written to a temporary file first, so a killed build leaves no half file). */
  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const body: CacheFile = { fingerprint: this.fingerprint, entries: Object.fromEntries(this.current) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, this.file);
  }
}
