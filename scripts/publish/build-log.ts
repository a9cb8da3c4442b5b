/**
 * Reads what a failed build printed, to tell the editor what went wrong. Every check of the
 * portal prints its whole report as one error of Astro's logger ("16:55:23 [ERROR]
 * [portal:site-check]" and the report's lines below it), in Indonesian; Astro then prints the
 * error that stopped the build (its title, a hint, where it was thrown and a stack trace). The
 * reports of the portal's checks and the title and hint of a portal error are kept; the
 * location, the stack trace and everything Astro or Vite say themselves are left out, since
 * they speak English and to developers. A failure that no portal check explains is a technical
 * one, for whoever keeps the site's code.
 */

export interface CheckReport {
  /** The check's name in the log, e.g. "portal:site-check". */
  check: string;
  lines: string[];
}

export interface BuildLog {
  reports: CheckReport[];
  /** The error that stopped the build, when a portal check threw it (Indonesian). */
  verdict?: { title: string; hint: string[] };
  /** The build stopped for a reason no portal check gave (a code or machine problem). */
  technical: boolean;
}

// ANSI colour codes, which Astro writes when it thinks a person is watching.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const LOGGER_LINE = /^\d{2}:\d{2}:\d{2} (?:\[(ERROR|WARN)\] )?\[([\w:@/.-]+)\] ?(.*)$/;
const THROWN = /^\[(\w*Error)\] (.*)$/;
const UNHANDLED = /^An unhandled error occurred while running the/;

export function readBuildLog(text: string): BuildLog {
  const lines = text.replace(ANSI, '').split(/\r?\n/);
  const reports: CheckReport[] = [];
  let current: CheckReport | undefined;
  let lastErrorSource: string | undefined;
  let verdict: BuildLog['verdict'];
  let thrownByOther = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const logged = LOGGER_LINE.exec(line);
    if (logged) {
      const [, level, source = '', first = ''] = logged;
      current = undefined;
      if (level !== 'ERROR') continue;
      lastErrorSource = source;
      if (!source.startsWith('portal:') || UNHANDLED.test(first)) continue;
      current = { check: source, lines: first.trim() ? [first.trim()] : [] };
      reports.push(current);
      continue;
    }
    const thrown = THROWN.exec(line);
    if (thrown) {
      current = undefined;
      if (!lastErrorSource?.startsWith('portal:')) {
        thrownByOther = true;
        continue;
      }
      const hint: string[] = [];
      if (/^\s+Hint:\s*$/.test(lines[index + 1] ?? '')) {
        for (index += 2; index < lines.length && !/^\s{2}(Location|Stack trace):\s*$/.test(lines[index]!); index++) {
          if (lines[index]!.trim()) hint.push(lines[index]!.trim());
        }
      }
      verdict = { title: (thrown[2] ?? '').trim(), hint };
      continue;
    }
    if (current && line.trim()) current.lines.push(line.replace(/\s+$/, ''));
    else if (current && !line.trim() && current.lines.length) current.lines.push('');
  }
  for (const report of reports) while (report.lines.at(-1) === '') report.lines.pop();
  const technical = !verdict && (thrownByOther || !reports.length);
  return { reports, ...(verdict ? { verdict } : {}), technical };
}
