/**
 * The shape of the build's stage graph (declared in ./stages.ts) and the check that keeps it
 * sound: which stage may read what, and which stages may run beside which. The graph is data,
 * so the order the build depends on is stated once and a unit test can prove it.
 */
import type { AstroIntegration } from 'astro';

/** The phases of a build, in the order they run. */
export const PHASES = ['content', 'start', 'read', 'check', 'verdict', 'serve'] as const;
export type Phase = (typeof PHASES)[number];

/** The Astro hook in which each phase does its work. */
export const PHASE_HOOK = {
  content: 'astro:config:setup',
  start: 'astro:build:start',
  read: 'astro:build:done',
  check: 'astro:build:done',
  verdict: 'astro:build:done',
  serve: 'astro:build:done',
} as const satisfies Record<Phase, string>;
export type StageHook = (typeof PHASE_HOOK)[Phase];

/** What a gate writes when it finds a problem: its failure, for the one verdict. */
export const FAILURES = 'failures';

/** What the build has before any stage runs: the content, and what Astro itself wrote to dist/. */
export const BUILD_INPUTS: readonly string[] = ['content', 'dist/*.html', 'dist/_astro'];

export interface Stage {
  /** Unique; the name in the table of where the build's time goes. */
  name: string;
  phase: Phase;
  /**
   * Stages of one group run beside each other; groups run one after another, in the order the
   * graph lists them.
   */
  group: string;
  /**
   * For a stage whose work goes on in a process of its own (Pagefind, the editor's bundle): the
   * later group at whose end the build waits for it, in the same Astro hook or a later one. It
   * runs beside every stage of the groups in between, and Astro's own build when it spans hooks.
   */
  until?: string;
  /** What the stage reads: a build input or what an earlier stage wrote. */
  reads: readonly string[];
  writes: readonly string[];
  /**
   * The stage's work, as Astro integrations whose hooks the portal calls. The first part's
   * hook starts the stage; the next stage of the group starts once it returns, and the other
   * parts' hooks are awaited at the end of the stage's group (or of `until`).
   */
  work: readonly [AstroIntegration, ...AstroIntegration[]];
  /**
   * For a stage with more than one part: resolves once the work its first part began has ended.
   * The table of where the time went then shows the stage's own time, not the time until the
   * build came back to it at the end of its group.
   */
  settled?: () => Promise<unknown>;
}

/** The graph's groups in the order they run, each with its stages. */
export function groupsOf<S extends Pick<Stage, 'group'>>(stages: readonly S[]): { name: string; stages: S[] }[] {
  const groups: { name: string; stages: S[] }[] = [];
  for (const stage of stages) {
    const last = groups.at(-1);
    if (last?.name === stage.group) last.stages.push(stage);
    else groups.push({ name: stage.group, stages: [stage] });
  }
  return groups;
}

type GraphStage = Omit<Stage, 'work' | 'settled'> & { settled?: unknown };

/**
 * Every way the graph breaks the build's order, in words for a developer; empty when sound.
 * A stage's span is the groups it runs through, from its group to its `until`.
 */
export function graphProblems(stages: readonly GraphStage[], inputs: readonly string[] = BUILD_INPUTS): string[] {
  const problems: string[] = [];
  const groups = groupsOf(stages);
  const groupIndex = new Map(groups.map((group, index) => [group.name, index]));
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) problems.push(`Stage name "${stage.name}" is used twice.`);
    seen.add(stage.name);
  }
  for (const group of groups) {
    if (groups.filter((other) => other.name === group.name).length > 1 && group === groups.find((other) => other.name === group.name)) {
      problems.push(`Group "${group.name}" is split: its stages must be listed together.`);
    }
    const phases = new Set(group.stages.map((stage) => stage.phase));
    if (phases.size > 1) problems.push(`Group "${group.name}" mixes phases ${[...phases].join(', ')}.`);
  }
  const phaseOf = (stage: GraphStage) => PHASES.indexOf(stage.phase);
  stages.forEach((stage, index) => {
    const before = stages[index - 1];
    if (before && phaseOf(before) > phaseOf(stage)) problems.push(`Stage "${stage.name}" (${stage.phase}) is listed after "${before.name}" (${before.phase}).`);
  });
  const span = (stage: GraphStage): [number, number] => {
    const start = groupIndex.get(stage.group) ?? 0;
    return [start, stage.until === undefined ? start : (groupIndex.get(stage.until) ?? start)];
  };
  for (const stage of stages) {
    if (stage.until === undefined) continue;
    const end = groupIndex.get(stage.until);
    if (end === undefined || end <= span(stage)[0]) problems.push(`Stage "${stage.name}" runs until "${stage.until}", which is not a later group.`);
    else if (stage.settled === undefined && PHASE_HOOK[groups[end]!.stages[0]!.phase] !== PHASE_HOOK[stage.phase]) {
      // Its time would run to the end of a later hook's group, not to the end of its own work.
      problems.push(`Stage "${stage.name}" runs until "${stage.until}", in a later Astro hook, without saying when its work is settled.`);
    }
  }
  for (const reader of stages) {
    for (const read of reader.reads) {
      const writers = stages.filter((writer) => writer !== reader && writer.writes.includes(read));
      if (!writers.length && !inputs.includes(read)) problems.push(`Stage "${reader.name}" reads "${read}", which no stage writes and the build does not have.`);
      for (const writer of writers) {
        if (span(writer)[1] >= span(reader)[0]) {
          problems.push(`Stage "${reader.name}" reads "${read}", which "${writer.name}" writes in the same or a later group.`);
        }
      }
    }
  }
  const verdicts = stages.filter((stage) => stage.phase === 'verdict');
  if (verdicts.length !== 1) problems.push(`The build has ${verdicts.length} verdict stages; it needs exactly one.`);
  const verdict = verdicts[0];
  if (verdict) {
    for (const gate of stages.filter((stage) => stage.writes.includes(FAILURES))) {
      if (span(gate)[1] >= span(verdict)[0]) problems.push(`Gate "${gate.name}" does not end before the verdict.`);
    }
    for (const serving of stages.filter((stage) => stage.phase === 'serve')) {
      if (span(serving)[0] <= span(verdict)[1]) problems.push(`Stage "${serving.name}" prepares the build for serving before the verdict.`);
    }
  }
  return problems;
}
