/**
 * The portal's build stages as declared (src/integrations/portal/stages.ts): no stage reads
 * what is written beside it or after it, every read has a writer before it or is a build
 * input, the one verdict falls after every gate and before the stages that prepare a passing
 * build for serving. The checker itself is shown each mistake on a small graph of its own.
 */
import { describe, expect, it } from 'vitest';
import { FAILURES, graphProblems, groupsOf, type Stage } from '../../src/integrations/portal/stage-graph.ts';
import { PORTAL_HOOKS } from '../../src/integrations/portal/run-stages.ts';
import { portalStages } from '../../src/integrations/portal/stages.ts';

const stages = portalStages({ rules: [], gitHost: 'github', noindex: false });
const named = (name: string) => stages.find((stage) => stage.name === name)!;
const groupNames = groupsOf(stages).map((group) => group.name);

type Declared = Omit<Stage, 'work'>;
const stage = (name: string, phase: Stage['phase'], group: string, reads: string[], writes: string[], until?: string): Declared => ({
  name,
  phase,
  group,
  reads,
  writes,
  ...(until ? { until } : {}),
});
/** A small sound graph: two checks beside each other, the verdict, then one serving stage. */
const sound = (): Declared[] => [
  stage('read', 'read', 'pages', ['dist/*.html'], ['pages']),
  stage('links', 'check', 'checks', ['pages'], [FAILURES]),
  stage('weight', 'check', 'checks', ['pages'], [FAILURES]),
  stage('verdict', 'verdict', 'verdict', [FAILURES], []),
  stage('headers', 'serve', 'serve', ['dist/*.html'], ['dist/_headers']),
];

describe("the portal's stage graph", () => {
  it('has no problem', () => {
    expect(graphProblems(stages)).toEqual([]);
  });

  it('does its work only in the hooks the portal calls', () => {
    const called: readonly string[] = PORTAL_HOOKS;
    for (const part of stages.flatMap((s) => s.work)) expect(Object.keys(part.hooks).filter((hook) => !called.includes(hook)), part.name).toEqual([]);
  });

  it('names each stage once', () => {
    expect(new Set(stages.map((s) => s.name)).size).toBe(stages.length);
  });

  it('reads the finished pages once, before the stages that read them', () => {
    expect(stages.filter((s) => s.writes.includes('pages')).map((s) => s.name)).toEqual(['read-pages']);
    for (const reader of stages.filter((s) => s.reads.includes('pages'))) {
      expect(groupNames.indexOf(reader.group), reader.name).toBeGreaterThan(groupNames.indexOf(named('read-pages').group));
    }
  });

  it('runs the search index beside the reading and the checks, and the site check after it', () => {
    const index = named('search-index');
    expect(index.until).toBe(named('sitemap').group);
    expect(named('accessibility').group).toBe(named('sitemap').group);
    expect(groupNames.indexOf(named('site-check').group)).toBeGreaterThan(groupNames.indexOf(index.until!));
  });

  it('has one verdict after every gate and before headers and precompression', () => {
    const verdictAt = groupNames.indexOf(named('verdict').group);
    const gates = stages.filter((s) => s.writes.includes(FAILURES)).map((s) => s.name);
    expect(gates).toEqual(['sitemap', 'page-weight', 'accessibility', 'site-check']);
    for (const gate of gates) expect(groupNames.indexOf(named(gate).group)).toBeLessThan(verdictAt);
    for (const serving of ['security-headers', 'precompress']) expect(groupNames.indexOf(named(serving).group)).toBeGreaterThan(verdictAt);
  });
});

describe('the graph checker', () => {
  it('accepts a sound graph', () => {
    expect(graphProblems(sound())).toEqual([]);
  });

  it('refuses a stage that reads what a stage beside it writes', () => {
    const graph = sound();
    graph[1] = { ...graph[1]!, reads: ['pages', 'weights'] };
    graph[2] = { ...graph[2]!, writes: [FAILURES, 'weights'] };
    expect(graphProblems(graph)).toEqual(['Stage "links" reads "weights", which "weight" writes in the same or a later group.']);
  });

  it('refuses a stage that reads what a later stage writes', () => {
    const graph = sound();
    graph[1] = { ...graph[1]!, reads: ['pages', 'dist/_headers'] };
    expect(graphProblems(graph)).toContain('Stage "links" reads "dist/_headers", which "headers" writes in the same or a later group.');
  });

  it('refuses a read that nothing writes', () => {
    const graph = sound();
    graph[4] = { ...graph[4]!, reads: ['dist/nowhere'] };
    expect(graphProblems(graph)).toEqual(['Stage "headers" reads "dist/nowhere", which no stage writes and the build does not have.']);
  });

  it('refuses a stage that runs in the background past a reader of its output', () => {
    const graph = sound();
    graph.splice(1, 0, stage('index', 'read', 'pages', ['dist/*.html'], ['dist/pagefind'], 'checks'));
    graph[2] = { ...graph[2]!, reads: ['pages', 'dist/pagefind'] };
    expect(graphProblems(graph)).toEqual(['Stage "links" reads "dist/pagefind", which "index" writes in the same or a later group.']);
  });

  it('accepts a stage begun in an earlier hook that ends after the pages, when it says when its work is settled', () => {
    const graph = sound();
    graph.unshift(stage('bundle', 'start', 'start', [], ['dist/_astro/editor.*'], 'pages'));
    expect(graphProblems(graph)).toEqual(['Stage "bundle" runs until "pages", in a later Astro hook, without saying when its work is settled.']);
    graph[0] = { ...graph[0]!, settled: () => Promise.resolve() };
    expect(graphProblems(graph)).toEqual([]);
  });

  it('refuses a gate after the verdict and serving before it', () => {
    const graph = sound();
    const [headers] = graph.splice(4, 1);
    graph.splice(3, 0, { ...headers!, phase: 'check' });
    graph.push(stage('late-gate', 'serve', 'late', ['pages'], [FAILURES]));
    const problems = graphProblems(graph);
    expect(problems).toContain('Gate "late-gate" does not end before the verdict.');
    expect(problems).toContain('Stage "verdict" reads "failures", which "late-gate" writes in the same or a later group.');
  });

  it('refuses a serving stage before the verdict', () => {
    const graph = sound();
    graph.splice(3, 0, stage('compress', 'serve', 'compress', ['dist/*.html'], ['dist/*.br']));
    const problems = graphProblems(graph);
    expect(problems).toContain('Stage "compress" prepares the build for serving before the verdict.');
    expect(problems).toContain('Stage "verdict" (verdict) is listed after "compress" (serve).');
  });

  it('refuses two stages of one name, a split group and a second verdict', () => {
    const graph = sound();
    graph.push(stage('links', 'serve', 'pages', [], []), stage('verdict-2', 'verdict', 'verdict-2', [], []));
    const problems = graphProblems(graph);
    expect(problems).toContain('Stage name "links" is used twice.');
    expect(problems).toContain('Group "pages" is split: its stages must be listed together.');
    expect(problems).toContain('The build has 2 verdict stages; it needs exactly one.');
  });
});
