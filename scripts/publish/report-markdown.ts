/**
 * A failed build's report as Markdown, for the places an editor looks: the job summary, a
 * comment on the commit or merge request, and (its first line) the commit status. Each check's
 * report keeps its shape: a file or page as a bold line, each problem as a list item, its fix
 * on the line below. Everything taken from the log is escaped, so a problem that quotes
 * `<script>` or a link in an article shows as text, and the report is cut short before the
 * size a comment allows.
 */
import { publishing as t } from '../../src/strings/publishing.ts';
import type { BuildLog, CheckReport } from './build-log.ts';

export interface ReportContext {
  commit?: string | undefined;
  branch?: string | undefined;
  /** Where the whole log can be read (the pipeline run). */
  logUrl?: string | undefined;
  /** The build was a preview of a draft: the public site was never at stake. */
  preview?: boolean;
}

export interface BuildReport {
  markdown: string;
  /** One line for a commit status (GitHub allows 140 characters). */
  status: string;
}

/** GitHub and GitLab comments hold up to about 65,000 characters; the report stays well below. */
export const REPORT_LIMIT = 60_000;
const STATUS_LIMIT = 140;

/**
 * Markdown's special characters, backslash-escaped (CommonMark lets any ASCII punctuation be
 * escaped). Hand-written: no Markdown escaping package is installed, and the rule is one line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~&]/g, (char) => `\\${char}`);
}

/** A report line that names a page (/berita/x/) or a file (content/...), with what follows it. */
const PLACE = /^(\/\S*|(?:content|src|public)\/\S+)(.*)$/;

function checkName(check: string): string {
  return t.report.checks[check] ?? t.report.otherCheck(check);
}

/** A check's report lines as Markdown: files and pages in bold, problems as items, fixes below them. */
function reportLines(report: CheckReport): string[] {
  const out: string[] = [];
  for (const raw of report.lines) {
    const text = raw.trim();
    if (!text) {
      out.push('');
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (text.startsWith('- ') && indent <= 4) {
      out.push(`- ${escapeMarkdown(text.slice(2))}`);
    } else if (indent >= 4 && out.at(-1)?.startsWith('- ')) {
      const fix = text.startsWith(t.report.fixLabel) ? `*${escapeMarkdown(t.report.fixLabel)}*${escapeMarkdown(text.slice(t.report.fixLabel.length))}` : escapeMarkdown(text);
      // A backslash at the end of a line is a hard line break: the fix stays inside the item.
      out[out.length - 1] = `${out.at(-1)}\\\n  ${fix}`;
    } else if (indent === 0 && PLACE.test(text)) {
      const [, place = '', rest = ''] = PLACE.exec(text)!;
      out.push('', `**${escapeMarkdown(place)}**${escapeMarkdown(rest)}`);
    } else {
      out.push('', escapeMarkdown(text));
    }
  }
  return out;
}

function truncate(lines: string[]): string[] {
  let size = 0;
  for (let index = 0; index < lines.length; index++) {
    size += lines[index]!.length + 1;
    if (size > REPORT_LIMIT) return [...lines.slice(0, index), '', `_${escapeMarkdown(t.report.truncated(index, lines.length))}_`];
  }
  return lines;
}

function statusLine(log: BuildLog): string {
  if (log.technical) return t.report.statusTechnical;
  const checks = [...new Set(log.reports.map((report) => checkName(report.check)))];
  const line = t.report.statusFailed(checks.length ? checks : [log.verdict?.title ?? '']);
  return line.length <= STATUS_LIMIT ? line : `${line.slice(0, STATUS_LIMIT - 1)}…`;
}

export function buildReport(log: BuildLog, context: ReportContext = {}): BuildReport {
  const lines: string[] = [
    `## ${context.preview ? t.report.failedPreviewHeading : t.report.failedHeading}`,
    '',
    context.preview ? t.report.previewUnchanged : t.report.liveUnchanged,
  ];
  if (context.commit && context.branch) lines.push('', t.report.change(context.commit.slice(0, 7), context.branch));
  for (const report of log.reports) lines.push('', `### ${escapeMarkdown(checkName(report.check))}`, ...reportLines(report));
  // With reports, the verdict only repeats them and points "above"; alone, it is the reason.
  if (log.verdict && !log.reports.length) {
    lines.push('', `**${escapeMarkdown(log.verdict.title)}**`, ...log.verdict.hint.map((hint) => (hint.startsWith('- ') ? `- ${escapeMarkdown(hint.slice(2))}` : escapeMarkdown(hint))));
  }
  if (log.technical) lines.push('', `### ${t.report.technicalHeading}`, '', t.report.technical);
  if (context.logUrl) lines.push('', `[${t.report.log}](${context.logUrl})`);
  return { markdown: `${truncate(lines).join('\n').replace(/\n{3,}/g, '\n\n')}\n`, status: statusLine(log) };
}
