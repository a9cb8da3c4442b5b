/**
 * Runs the stages of the graph whose phase works in one Astro hook, group after group, and
 * times each. Every stage's other hooks (configuration, the reset at the start of a build) are
 * called in the graph's order too, so a stage's work is an ordinary Astro integration. A stage
 * whose `until` lies in a later hook (the editor's bundle, begun as Astro's build starts) is
 * ended there: one StageRun carries it from hook to hook.
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

/** One build's run of the stages, across its hooks: when each stage started and ended, and their timings. */
export interface StageRun {
  timings: StageTiming[];
  started: Map<Stage, number>;
  ended: Map<Stage, number>;
}

export function newStageRun(): StageRun {
  return { timings: [], started: new Map(), ended: new Map() };
}

/** Calls one integration's hook as Astro would, with a logger labelled with its own name. */
async function callHook<H extends PortalHook>(part: AstroIntegration, hook: H, params: HookParams<H>): Promise<void> {
  const run = part.hooks[hook] as ((params: HookParams<H> & { logger: AstroIntegrationLogger }) => unknown) | undefined;
  await run?.({ ...params, logger: params.logger.fork(part.name) });
}

/** The Astro hook in which a stage's last group ends. */
function endHook(stage: Stage, stages: readonly Stage[]): string {
  const last = stages.find((other) => other.group === (stage.until ?? stage.group)) ?? stage;
  return PHASE_HOOK[last.phase];
}

/**
 * Calls `hook` on every stage. The stages whose phase works in this hook run group by group:
 * each stage starts once the one before it has started (its first part returned), and a group
 * ends when the stages that end in it have finished their other parts, in the graph's order.
 * A failing stage stops the build at once, as a failing integration does; `run.timings` gets
 * every stage that ran.
 */
export async function runHook<H extends PortalHook>(stages: readonly Stage[], hook: H, params: HookParams<H>, run: StageRun): Promise<void> {
  const working = stages.filter((stage) => PHASE_HOOK[stage.phase] === hook);
  // A stage begun in an earlier hook and ending in this one is called at its `until` group only.
  const endingHere = stages.filter((stage) => !working.includes(stage) && run.started.has(stage) && endHook(stage, stages) === hook);
  for (const stage of stages) {
    if (!working.includes(stage) && !endingHere.includes(stage)) for (const part of stage.work) await callHook(part, hook, params);
  }
  const allGroups = groupsOf(stages);
  const done = (stage: Stage) => run.timings.push(timing(stage, allGroups, run));
  for (const group of groupsOf(working)) {
    for (const stage of group.stages) {
      run.started.set(stage, performance.now());
      try {
        await callHook(stage.work[0], hook, params);
      } catch (error) {
        done(stage);
        throw error;
      }
      if (stage.work.length === 1) done(stage);
      else if (stage.settled) {
        const end = () => void run.ended.set(stage, performance.now());
        stage.settled().then(end, end);
      }
    }
    const ending = stages.filter((stage) => stage.work.length > 1 && (stage.until ?? stage.group) === group.name && run.started.has(stage));
    for (const stage of ending) {
      try {
        for (const part of stage.work.slice(1)) await callHook(part, hook, params);
      } finally {
        done(stage);
      }
    }
  }
}

function timing(stage: Stage, groups: readonly { name: string }[], run: StageRun): StageTiming {
  const first = groups.findIndex((group) => group.name === stage.group);
  const last = stage.until ? groups.findIndex((group) => group.name === stage.until) : first;
  const names = groups.slice(first, (last < 0 ? first : last) + 1).map((group) => group.name);
  const now = performance.now();
  return { name: stage.name, groups: names, ms: Math.round(Math.min(run.ended.get(stage) ?? now, now) - (run.started.get(stage) ?? now)) };
}
