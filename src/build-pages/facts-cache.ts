/**
 * Page facts remembered between builds, keyed by the page's content hash, in one JSON file.
 * A missing, damaged or outdated file (facts derived by other code) counts as empty. The
 * file keeps this build's pages first and older entries after them up to a limit, so a test
 * build of a small fixture sharing node_modules does not wipe the real site's facts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { looksLikePageFacts, type PageFacts } from './page-facts.ts';

interface CacheFile {
  fingerprint: string;
  entries: Record<string, PageFacts>;
}

export class FactsCache {
  /** Entries kept in all: room for a 5,000-entry site three times over. */
  static readonly LIMIT = 20_000;

  private readonly file: string | undefined;
  private readonly fingerprint: string;
  private readonly previous: Record<string, unknown>;
  private readonly current = new Map<string, PageFacts>();
  private changed = false;

  private constructor(file: string | undefined, fingerprint: string, previous: Record<string, unknown>) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.previous = previous;
  }

  /** `file` undefined: nothing is remembered between builds. */
  static load(file: string | undefined, fingerprint: string): FactsCache {
    if (!file) return new FactsCache(undefined, fingerprint, {});
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
      const usable = stored?.fingerprint === fingerprint && typeof stored.entries === 'object' && stored.entries !== null;
      return new FactsCache(file, fingerprint, usable ? (stored.entries as Record<string, unknown>) : {});
    } catch {
      return new FactsCache(file, fingerprint, {});
    }
  }

  /** The facts stored for this content hash (marked as still in use), if they look whole. */
  get(hash: string): PageFacts | undefined {
    const found = this.current.get(hash) ?? (Object.hasOwn(this.previous, hash) ? this.previous[hash] : undefined);
    if (!looksLikePageFacts(found)) return undefined;
    this.current.set(hash, found);
    return found;
  }

  set(hash: string, facts: PageFacts): void {
    this.current.set(hash, facts);
    this.changed = true;
  }

  /** Writes the file when this build derived new facts (temporary file first, so a killed build leaves no half file). */
  save(limit = FactsCache.LIMIT): void {
    if (!this.file || !this.changed) return;
    const kept = new Map(this.current);
    for (const [hash, facts] of Object.entries(this.previous)) {
      if (kept.size >= limit) break;
      if (!kept.has(hash)) kept.set(hash, facts as PageFacts);
    }
    const body: CacheFile = { fingerprint: this.fingerprint, entries: Object.fromEntries([...kept].slice(0, limit)) };
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, this.file);
    this.changed = false;
  }
}
