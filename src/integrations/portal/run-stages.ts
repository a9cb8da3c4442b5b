/**
 * Runs the stages of the graph whose phase works in one Astro hook, group after group, and
 * times each. Every stage's other hooks (configuration, the reset at the start of a build) are
 * called in the graph's order too, so a stage's work is an ordinary Astro integration.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { groupsOf, PHASE_HOOK, type Stage } from './stage-graph.ts';

/** The hooks portal() calls on its stages' integrations; a stage does its work in no other. */
export const PORTAL_HOOKS = ['astro:config:setup', 'astro:config:done', 'astro:build:start', 'astro:build:done'] as const;
export type PortalHook = (typeof PORTAL_HOOKS)[number];
type HookParams<H extends PortalHook> = Parameters<NonNullable<AstroIntegration['hooks'][H]>>[0];

/** How long one stage took, from its start to the end of its last part, and the groups it ran in. */
export interface StageTiming {
  name: string;
  groups: readonly string[];
  ms: number;
}

/** Calls one integration's hook as Astro would, with a logger labelled with its own name. */
async function callHook<H extends PortalHook>(part: AstroIntegration, hook: H, params: HookParams<H>): Promise<void> {
  const run = part.hooks[hook] as ((params: HookParams<H> & { logger: AstroIntegrationLogger }) => unknown) | undefined;
  await run?.({ ...params, logger: params.logger.fork(part.name) });
}

/**
 * Calls `hook` on every stage. The stages whose phase works in this hook run group by group:
 * each stage starts once the one before it has started (its first part returned), and a group
 * ends when the stages that end in it have finished their other parts, in the graph's order.
 * A failing stage stops the build at once, as a failing integration does; `timings` gets every
 * stage that ran.
 */
export async function runHook<H extends PortalHook>(stages: readonly Stage[], hook: H, params: HookParams<H>, timings: StageTiming[]): Promise<void> {
  const working = stages.filter((stage) => PHASE_HOOK[stage.phase] === hook);
  for (const stage of stages) {
    if (!working.includes(stage)) for (const part of stage.work) await callHook(part, hook, params);
  }
  const groups = groupsOf(working);
  const started = new Map<Stage, number>();
  const ended = new Map<Stage, number>();
  const done = (stage: Stage) => timings.push(timing(stage, groups, started, ended));
  for (const group of groups) {
    for (const stage of group.stages) {
      started.set(stage, performance.now());
      try {
        await callHook(stage.work[0], hook, params);
      } catch (error) {
        done(stage);
        throw error;
      }
      if (stage.work.length === 1) done(stage);
      else if (stage.settled) {
        const end = () => void ended.set(stage, performance.now());
        stage.settled().then(end, end);
      }
    }
    const ending = working.filter((stage) => stage.work.length > 1 && (stage.until ?? stage.group) === group.name && started.has(stage));
    for (const stage of ending) {
      try {
        for (const part of stage.work.slice(1)) await callHook(part, hook, params);
      } finally {
        done(stage);
      }
    }
  }
}

function timing(stage: Stage, groups: readonly { name: string }[], started: ReadonlyMap<Stage, number>, ended: ReadonlyMap<Stage, number>): StageTiming {
  const first = groups.findIndex((group) => group.name === stage.group);
  const last = stage.until ? groups.findIndex((group) => group.name === stage.until) : first;
  const names = groups.slice(first, (last < 0 ? first : last) + 1).map((group) => group.name);
  const now = performance.now();
  return { name: stage.name, groups: names, ms: Math.round(Math.min(ended.get(stage) ?? now, now) - (started.get(stage) ?? now)) };
}
