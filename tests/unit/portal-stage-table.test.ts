/**
 * Where a build's time goes: the stages run group by group (a background stage beside the
 * groups up to its `until`), each is timed, and the table lists them in the graph's order with
 * their groups and times.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { newStageRun, runHook, type StageTiming } from '../../src/integrations/portal/run-stages.ts';
import type { Stage } from '../../src/integrations/portal/stage-graph.ts';
import { stageTable } from '../../src/integrations/portal/stage-table.ts';

describe('the stage table', () => {
  const timings: StageTiming[] = [
    { name: 'sitemap', groups: ['checks'], ms: 45 },
    { name: 'search-index', groups: ['pages', 'checks'], ms: 4120 },
    { name: 'verdict', groups: ['verdict'], ms: 0 },
  ];

  it('lists each stage in the graph order with its groups and time, aligned, and the whole', () => {
    expect(stageTable(timings, ['search-index', 'sitemap', 'verdict'], 4300).split('\n')).toEqual([
      'Waktu tiap tahap pembangunan (tahap dalam kelompok yang sama berjalan berdampingan):',
      '  tahap         kelompok          waktu',
      '  search-index  pages → checks  4120 ms',
      '  sitemap       checks            45 ms',
      '  verdict       verdict            0 ms',
      'Semua tahap setelah halaman dibangun: 4300 ms.',
    ]);
  });
});

const logger = { fork: () => logger, info: () => undefined } as unknown as AstroIntegrationLogger;
const done = (name: string, run: () => Promise<void> | void): AstroIntegration => ({ name, hooks: { 'astro:build:done': run } });
const stage = (name: string, group: string, work: Stage['work'], until?: string): Stage => ({ name, phase: 'check', group, reads: [], writes: [], work, ...(until ? { until } : {}) });

describe('running the stages', () => {
  it('lets a background stage work beside the groups up to its until, and times each stage', async () => {
    const events: string[] = [];
    const background = Promise.withResolvers<void>();
    const stages = [
      stage('index', 'pages', [done('index-start', () => void events.push('index started')), done('index-finish', async () => {
        await background.promise;
        events.push('index finished');
      })], 'checks'),
      stage('read', 'pages', [done('read', () => void events.push('read'))]),
      stage('check', 'checks', [done('check', () => {
        events.push('check');
        background.resolve();
      })]),
      stage('verdict', 'verdict', [done('verdict', () => void events.push('verdict'))]),
    ];
    const run = newStageRun();
    await runHook(stages, 'astro:build:done', { logger } as never, run);
    expect(events).toEqual(['index started', 'read', 'check', 'index finished', 'verdict']);
    expect(run.timings.map((timing) => [timing.name, timing.groups])).toEqual([
      ['read', ['pages']],
      ['check', ['checks']],
      ['index', ['pages', 'checks']],
      ['verdict', ['verdict']],
    ]);
  });

  it("times a stage that works beside its group by its own work, not by the group's end", async () => {
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    let indexing: Promise<void> | undefined;
    const index: Stage = {
      ...stage('index', 'pages', [done('index-start', () => void (indexing = sleep(20))), done('index-finish', () => indexing)], 'checks'),
      settled: () => indexing ?? Promise.resolve(),
    };
    const stages = [index, stage('slow-check', 'checks', [done('slow-check', () => sleep(400))])];
    const run = newStageRun();
    await runHook(stages, 'astro:build:done', { logger } as never, run);
    const ms = (name: string) => run.timings.find((timing) => timing.name === name)?.ms ?? Number.NaN;
    expect(ms('slow-check')).toBeGreaterThanOrEqual(390);
    expect(ms('index')).toBeGreaterThanOrEqual(15);
    expect(ms('index')).toBeLessThan(ms('slow-check') / 2);
  });

  it('stops at a failing stage and still times it', async () => {
    const run = newStageRun();
    const stages = [stage('fails', 'a', [done('fails', () => Promise.reject(new Error('rusak')))]), stage('never', 'b', [done('never', () => undefined)])];
    await expect(runHook(stages, 'astro:build:done', { logger } as never, run)).rejects.toThrow('rusak');
    expect(run.timings.map((timing) => timing.name)).toEqual(['fails']);
  });

  it('ends a stage begun as the build starts at its group after the pages, and times its own work', async () => {
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const events: string[] = [];
    let bundling: Promise<void> | undefined;
    const bundle: Stage = {
      name: 'bundle',
      phase: 'start',
      group: 'start',
      until: 'pages',
      reads: [],
      writes: [],
      work: [
        { name: 'bundle-start', hooks: { 'astro:build:start': () => void (bundling = sleep(30).then(() => void events.push('bundled'))) } },
        { name: 'bundle-finish', hooks: { 'astro:build:done': async () => {
          await bundling;
          events.push('bundle placed');
        } } },
      ],
      settled: () => bundling ?? Promise.resolve(),
    };
    const aside: Stage = { ...stage('aside', 'start', [{ name: 'aside', hooks: { 'astro:build:start': () => void events.push('aside') } }]), phase: 'start' };
    const stages = [bundle, aside, stage('read', 'pages', [done('read', () => void events.push('read'))]), stage('check', 'checks', [done('check', () => void events.push('check'))])];
    const run = newStageRun();
    await runHook(stages, 'astro:build:start', { logger } as never, run);
    expect(events).toEqual(['aside']);
    await sleep(60);
    await runHook(stages, 'astro:build:done', { logger } as never, run);
    expect(events).toEqual(['aside', 'bundled', 'read', 'bundle placed', 'check']);
    const timing = run.timings.find((entry) => entry.name === 'bundle');
    expect(timing?.groups).toEqual(['start', 'pages']);
    expect(timing?.ms).toBeGreaterThanOrEqual(25);
    expect(timing?.ms).toBeLessThan(55);
  });
});
