/**
 * Tells the editor how a pipeline's build went, where the editor looks.
 *
 *   node scripts/report-build.ts --host github --failed build.log [--preview]
 *     The build failed: its report (every problem with its file, field and fix, in Indonesian;
 *     scripts/publish/) is printed as Markdown, added to the job summary ($GITHUB_STEP_SUMMARY,
 *     GitHub), posted as a comment on the draft's pull/merge request or, for a change made
 *     straight on the publishing branch, on the commit (GitHub, GitLab), and the commit gets a
 *     failing status "portal/pemeriksaan" with a one-line reason and a link to the run.
 *   node scripts/report-build.ts --host github --passed [--preview-url URL]
 *     The build passed: status "portal/pemeriksaan" succeeds, and with a preview address the
 *     status "portal/deploy-pratinjau" points at it: Decap's "Lihat pratinjau" opens that.
 *
 * The host is reached with the pipeline's token (GITHUB_TOKEN; GitLab: PORTAL_GITLAB_TOKEN;
 * Forgejo: PORTAL_FORGEJO_TOKEN or GITHUB_TOKEN). Without one, the report is still printed.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { publishing as t } from '../src/strings/publishing.ts';
import { readBuildLog } from './publish/build-log.ts';
import {
  changeCommentRequest,
  changeNumber,
  CHECK_STATUS,
  commitCommentRequest,
  HOST_NAMES,
  hostContext,
  openChangeRequest,
  PREVIEW_STATUS,
  statusRequest,
  type HostContext,
  type HostName,
  type HostRequest,
} from './publish/host-api.ts';
import { buildReport } from './publish/report-markdown.ts';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function send(request: HostRequest, what: string): Promise<unknown> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, ...(request.body ? { body: JSON.stringify(request.body) } : {}) });
  if (!response.ok) throw new Error(t.report.hostRefused(what, response.status, request.url));
  if (request.method === 'POST') console.log(t.report.sent(what));
  return response.json();
}

async function comment(context: HostContext, markdown: string): Promise<void> {
  const number = changeNumber(context, await send(openChangeRequest(context), t.report.whatComment(context.branch)));
  if (number !== undefined) {
    await send(changeCommentRequest(context, number, markdown), t.report.whatComment(t.report.onChange(number)));
    return;
  }
  const onCommit = commitCommentRequest(context, markdown);
  if (onCommit) await send(onCommit, t.report.whatComment(t.report.onCommit(context.commit)));
}

async function main(): Promise<void> {
  const host = option('--host') as HostName | undefined;
  const failedLog = option('--failed');
  const passed = process.argv.includes('--passed');
  if (!host || !HOST_NAMES.includes(host) || (!failedLog && !passed)) throw new Error(t.report.usage);
  const context = hostContext(host, process.env);

  if (failedLog) {
    const preview = process.argv.includes('--preview');
    const report = buildReport(readBuildLog(readFileSync(failedLog, 'utf8')), {
      commit: context?.commit,
      branch: context?.branch,
      logUrl: context?.runUrl,
      preview,
    });
    console.log(report.markdown);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report.markdown);
    if (!context) return console.log(t.report.noToken(host));
    await send(statusRequest(context, { state: 'failure', context: CHECK_STATUS, description: report.status, targetUrl: context.runUrl }), t.report.whatStatus(CHECK_STATUS));
    if (preview) await send(statusRequest(context, { state: 'failure', context: PREVIEW_STATUS, description: report.status, targetUrl: context.runUrl }), t.report.whatStatus(PREVIEW_STATUS));
    await comment(context, report.markdown);
    return;
  }

  if (!context) return console.log(t.report.noToken(host));
  await send(statusRequest(context, { state: 'success', context: CHECK_STATUS, description: t.report.statusPassed, targetUrl: context.runUrl }), t.report.whatStatus(CHECK_STATUS));
  const previewUrl = option('--preview-url');
  if (previewUrl) await send(statusRequest(context, { state: 'success', context: PREVIEW_STATUS, description: t.report.statusPreview, targetUrl: previewUrl }), t.report.whatStatus(PREVIEW_STATUS));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
