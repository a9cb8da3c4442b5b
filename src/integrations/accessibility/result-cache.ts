/**
 * Results kept by each page's content hash, so a rebuild re-checks only pages whose HTML (or,
 * for Chromium, whose stylesheets and scripts) changed. The cache forgets itself whenever
 * the rules, axe or the portal's own checks change. It keeps the pages of the latest build
 * first and older entries after them up to a limit, so a test build of a fixture sharing
 * node_modules does not wipe the results of the real site, and the file stays small.
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
  /** Entries kept in all; about 60 bytes each for a clean page. */
  static readonly LIMIT = 20_000;

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

  /** Whether findings are stored for this hash, without marking it as in use. */
  peek(hash: string): boolean {
    return this.current.has(hash) || this.previous.has(hash);
  }

  set(hash: string, findings: Finding[]): void {
    this.current.set(hash, findings);
  }

  /**
   * Writes this build's entries, then older ones until the limit (written to a temporary file
   * first, so a killed build leaves no half file).
   */
  save(limit = ResultCache.LIMIT): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const kept = new Map(this.current);
    for (const [hash, findings] of this.previous) {
      if (kept.size >= limit) break;
      if (!kept.has(hash)) kept.set(hash, findings);
    }
    const body: CacheFile = { fingerprint: this.fingerprint, entries: Object.fromEntries([...kept].slice(0, limit)) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, this.file);
  }
}
