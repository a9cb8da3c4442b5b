/**
 * The table a build prints at its end of where its time went, stage by stage, in plain
 * Indonesian like the build's other log lines: whoever runs or deploys the site reads it.
 * Stage and group names are the ones the stage graph declares (src/integrations/portal/stages.ts).
 */
export const buildStages = {
  title: 'Waktu tiap tahap pembangunan (tahap dalam kelompok yang sama berjalan berdampingan):',
  stageHeading: 'tahap',
  groupHeading: 'kelompok',
  timeHeading: 'waktu',
  milliseconds: (ms: number) => `${ms} ms`,
  /** Several groups: a stage whose work runs in a process of its own, beside all of them. */
  groups: (names: readonly string[]) => names.join(' → '),
  afterPages: (ms: number) => `Semua tahap setelah halaman dibangun: ${ms} ms.`,
};
