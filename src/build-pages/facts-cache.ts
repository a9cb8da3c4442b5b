/**
 * Page facts remembered between builds, keyed by the page's content hash, in one JSON file.
 * A missing, damaged or outdated file (facts derived by other code) counts as empty. The file
 * keeps the pages of the latest builds of a few build folders and nothing else: the site's own
 * build survives a test building a small fixture next to it, and the facts of pages as they
 * were before an edit do not pile up build after build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { looksLikePageFacts, type PageFacts } from './page-facts.ts';

interface CacheFile {
  fingerprint: string;
  /** Build folder → content hashes of its pages at its latest build, latest build first. */
  builds: [string, string[]][];
  entries: Record<string, PageFacts>;
}

export class FactsCache {
  /** Build folders whose latest pages are kept. */
  static readonly BUILDS_KEPT = 4;

  private readonly file: string | undefined;
  private readonly fingerprint: string;
  private readonly previous: Record<string, unknown>;
  private readonly builds: [string, string[]][];
  private readonly current = new Map<string, PageFacts>();
  private changed = false;

  private constructor(file: string | undefined, fingerprint: string, stored?: Partial<CacheFile>) {
    this.file = file;
    this.fingerprint = fingerprint;
    const usable = stored?.fingerprint === fingerprint && typeof stored.entries === 'object' && stored.entries !== null && Array.isArray(stored.builds);
    this.previous = usable ? (stored.entries as Record<string, unknown>) : {};
    this.builds = usable ? (stored.builds as [string, string[]][]).filter((build) => Array.isArray(build) && typeof build[0] === 'string' && Array.isArray(build[1])) : [];
  }

  /** `file` undefined: nothing is remembered between builds. */
  static load(file: string | undefined, fingerprint: string): FactsCache {
    if (!file) return new FactsCache(undefined, fingerprint);
    try {
      return new FactsCache(file, fingerprint, JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>);
    } catch {
      return new FactsCache(file, fingerprint);
    }
  }

  /** The facts stored for this content hash, if they look whole. */
  get(hash: string): PageFacts | undefined {
    const found = this.current.get(hash) ?? (Object.hasOwn(this.previous, hash) ? this.previous[hash] : undefined);
    return looksLikePageFacts(found) ? found : undefined;
  }

  set(hash: string, facts: PageFacts): void {
    this.current.set(hash, facts);
    this.changed = true;
  }

  /**
   * Records the pages `outDir` now has and writes the file, when this build derived new facts
   * (to a temporary file first, so a killed build leaves no half file).
   */
  save(outDir: string, hashes: readonly string[]): void {
    if (!this.file || !this.changed) return;
    const latest: [string, string[]] = [outDir, [...hashes]];
    const builds = [latest, ...this.builds.filter(([folder]) => folder !== outDir)].slice(0, FactsCache.BUILDS_KEPT);
    const entries: Record<string, PageFacts> = {};
    for (const [, buildHashes] of builds) {
      for (const hash of buildHashes) {
        const facts = this.get(hash);
        if (facts) entries[hash] = facts;
      }
    }
    const body: CacheFile = { fingerprint: this.fingerprint, builds, entries };
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, this.file);
    this.changed = false;
  }
}
