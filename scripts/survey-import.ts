/**
 * Imports a satisfaction survey's answer sheet for one period and writes only its aggregates
 * to content/surveys/<period>.yaml. Asks nothing; refuses to replace an existing period
 * without --force; prints every problem in Indonesian, naming row and column.
 *
 *   npm run survey:import -- jawaban.xlsx --period 2026-S1 [--population 1200] [--u8 pengaduan|sarana] [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { toFieldProblems } from '../src/content-check/issue-messages.ts';
import { formatNumber } from '../src/lib/numbers.ts';
import { parsePeriod, type SurveyPeriod } from '../src/lib/survey/period.ts';
import { periodFileData } from '../src/lib/survey/period-file.ts';
import { surveyReport } from '../src/lib/survey/report.ts';
import { analyzeSheetFile } from '../src/lib/survey/sheet/analyze.ts';
import type { NumberedOrder } from '../src/lib/survey/sheet/columns.ts';
import { summaryLines } from '../src/lib/survey/sheet/report-lines.ts';
import { COLLECTIONS, surveySchema } from '../src/schema/index.ts';
import { surveyImportCliText as t, surveyImportText } from '../src/strings/survey-import.ts';

const ORDERS: Record<string, NumberedOrder> = { pengaduan: 'elements-list', sarana: 'questionnaire' };

interface Options {
  file: string;
  period: SurveyPeriod;
  population: number | undefined;
  order: NumberedOrder | undefined;
  force: boolean;
}

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { period: { type: 'string' }, population: { type: 'string' }, u8: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
  } catch (error) {
    // parseArgs explains in English; its code and the option it names are all that is needed.
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? argv.join(' ');
    fail([code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? t.missingValue(option) : t.unknownOption(option), t.usage]);
  }
  const { values, positionals } = parsed;
  const problems: string[] = [];
  const file = positionals[0];
  if (!file) problems.push(t.noFile);
  else if (!existsSync(file)) problems.push(t.fileMissing(file));
  const period = values.period ? parsePeriod(values.period) : undefined;
  if (!values.period) problems.push(t.noPeriod);
  else if (!period) problems.push(t.badPeriod(values.period));
  const population = values.population === undefined ? undefined : Number(values.population);
  if (population !== undefined && !(Number.isInteger(population) && population > 0)) problems.push(t.badPopulation(values.population!));
  const order = values.u8 === undefined ? undefined : ORDERS[values.u8.toLowerCase()];
  if (values.u8 !== undefined && !order) problems.push(t.badOrder(values.u8));
  if (problems.length) fail([...problems, t.usage]);
  return { file: file!, period: period!, population, order, force: values.force ?? false };
}

const options = readOptions(process.argv.slice(2));
const bytes = readFileSync(options.file);
const analysis = await analyzeSheetFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { order: options.order });

for (const line of summaryLines(analysis)) console.log(line);
if (analysis.rowProblems.length) {
  console.log(`\n${t.rowProblemsHeading(analysis.rowProblems.length)}`);
  for (const problem of analysis.rowProblems) console.log(`  - ${surveyImportText.row(problem)}`);
}
if (analysis.notices.length) {
  console.log(`\n${t.noticesHeading}`);
  for (const notice of analysis.notices) console.log(`  - ${surveyImportText.notice(notice)}`);
}
if (!analysis.results) {
  const lines = analysis.blocking.map((problem) => `  - ${surveyImportText.blocking(problem)}`);
  if (analysis.blocking.some((problem) => problem.kind === 'u8-u9-order-needed')) lines.push(`  ${t.orderHint}`);
  fail(['', t.blockingHeading, ...lines]);
}

const target = join(process.cwd(), COLLECTIONS.surveys.folder, `${options.period.slug}.yaml`);
const shownTarget = relative(process.cwd(), target);
if (existsSync(target) && !options.force) fail(['', t.exists(shownTarget)]);
const existing = existsSync(target) ? (parse(readFileSync(target, 'utf8'), { schema: 'core' }) as Record<string, unknown>) : undefined;
const data = periodFileData({ period: options.period, results: analysis.results, population: options.population, existing });

const schema = surveySchema();
const checked = schema.safeParse(data);
if (!checked.success) fail(['', t.invalidResult, ...toFieldProblems(schema, checked.error).map((problem) => `  - ${problem.label}: ${problem.message}`)]);

mkdirSync(dirname(target), { recursive: true });
// Strings are quoted so that dates stay text for every YAML reader.
writeFileSync(target, stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));
const report = surveyReport(checked.data);
console.log(`\n${t.written(shownTarget, formatNumber(report.result.index, 2), `${report.result.grade} (${report.result.label})`, checked.data.results.respondents)}`);
if (report.sample) console.log(t.sample(formatNumber(report.sample.population), formatNumber(report.sample.minimum), report.sample.enough));
