/**
 * Publishes the finished build to the office's own server, and rolls it back.
 *
 *   npm run deploy -- deploy@server.example.go.id:/var/www/portal
 *   npm run deploy -- /srv/portal                       (a folder on this machine)
 *   npm run deploy:rollback -- deploy@server.example.go.id:/var/www/portal
 *
 * A deploy uploads dist/ with rsync as a new release folder beside the old ones (over SSH for a
 * server), then switches the `current` link nginx serves to it in one atomic rename, so readers
 * get the whole old site or the whole new one, never a mixture. It keeps the newest releases
 * (5, or --keep N, or PORTAL_DEPLOY_KEEP) and the live one. A rollback switches `current` to the
 * release before the live one. Nothing is switched when a step fails.
 *
 * Options: --from FOLDER (default dist), --keep N, --preview (the build must be a noindex
 * preview; without it a preview build is refused, so a preview never replaces the public site).
 * Environment: PORTAL_DEPLOY_SSH_PORT (SSH port, default 22); PORTAL_DEPLOY_RELOAD, a command
 * run on the server after each switch, e.g. "sudo systemctl reload nginx": nginx reads the
 * security headers of the release it serves (_nginx/portal.conf) only when it reloads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishing as t } from '../src/strings/publishing.ts';
import { reloadCommand, serverStep, uploadCommand, type Command, type SshSettings } from './deploy/commands.ts';
import { commitOf, releaseName } from './deploy/release-name.ts';
import { parseTarget, targetLabel, type DeployTarget } from './deploy/target.ts';

const DEFAULT_KEEP = 5;
const serverScriptPath = fileURLToPath(new URL('./deploy/server.sh', import.meta.url));
const serverScript = { path: serverScriptPath, text: readFileSync(serverScriptPath, 'utf8') };

interface Options {
  rollback: boolean;
  removePreview: boolean;
  preview: boolean;
  keep: number;
  from: string;
  target: DeployTarget;
}

function parseKeep(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 2) throw new Error(t.deploy.badKeep(value));
  return Number(value);
}

function parseOptions(argv: readonly string[]): Options {
  const args = [...argv];
  let rollback = false;
  let removePreview = false;
  let preview = false;
  let keep = process.env.PORTAL_DEPLOY_KEEP ? parseKeep(process.env.PORTAL_DEPLOY_KEEP) : DEFAULT_KEEP;
  let from = 'dist';
  const positional: string[] = [];
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '--rollback') rollback = true;
    else if (arg === '--remove-preview') removePreview = true;
    else if (arg === '--preview') preview = true;
    else if (arg === '--keep') keep = parseKeep(args.shift() ?? '');
    else if (arg === '--from') from = args.shift() ?? '';
    else if (arg.startsWith('--')) throw new Error(`${t.deploy.unknownOption(arg)}\n${t.deploy.usage}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new Error(rollback ? t.deploy.rollbackUsage : t.deploy.usage);
  return { rollback, removePreview, preview, keep, from: resolve(from), target: parseTarget(positional[0]!) };
}

function sshSettings(): SshSettings {
  const port = process.env.PORTAL_DEPLOY_SSH_PORT?.trim();
  if (port && !/^\d{1,5}$/.test(port)) throw new Error(t.deploy.badSshPort(port));
  return { port: port || undefined };
}

function run(step: string, command: Command): string {
  const result = spawnSync(command.program, command.args, { input: command.input ?? '', encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] });
  if (result.error && 'code' in result.error && result.error.code === 'ENOENT') throw new Error(t.deploy.missingTool(command.program));
  if (result.status !== 0) throw new Error(t.deploy.stepFailed(step, result.status));
  return result.stdout.trim();
}

/** The build must be whole, and a preview must never go live (nor the public site to a preview address). */
function checkBuild(from: string, preview: boolean): void {
  if (!existsSync(join(from, 'index.html')) || !existsSync(join(from, '404.html'))) throw new Error(t.deploy.noBuild(from));
  const robots = existsSync(join(from, 'robots.txt')) ? readFileSync(join(from, 'robots.txt'), 'utf8') : '';
  const isPreview = /^Disallow: \/\s*$/m.test(robots);
  if (isPreview && !preview) throw new Error(t.deploy.previewToLive(from));
  if (!isPreview && preview) throw new Error(t.deploy.liveToPreview(from));
}

function reload(target: DeployTarget, ssh: SshSettings): void {
  const command = process.env.PORTAL_DEPLOY_RELOAD?.trim();
  if (!command) return;
  console.log(t.deploy.reloading(command));
  run('reload', reloadCommand(target, command, ssh));
}

function deploy(options: Options, ssh: SshSettings): void {
  const started = Date.now();
  checkBuild(options.from, options.preview);
  const { target } = options;
  const live = run('prepare', serverStep(target, serverScript, ['prepare', target.root, ...(options.preview ? ['preview'] : [])], ssh)) || undefined;
  const release = releaseName(new Date(), commitOf(process.env));
  console.log(t.deploy.uploading(release, targetLabel(target)));
  try {
    run('upload', uploadCommand(target, options.from, release, live, ssh));
  } catch (error) {
    // The half-uploaded folder goes; the live release was never touched.
    try {
      run('discard', serverStep(target, serverScript, ['discard', target.root, release], ssh));
    } catch {
      // The upload's own failure is the one to report.
    }
    throw error;
  }
  run('activate', serverStep(target, serverScript, ['activate', target.root, release, String(options.keep)], ssh));
  reload(target, ssh);
  console.log(t.deploy.live(release, targetLabel(target), ((Date.now() - started) / 1000).toFixed(1)));
}

function rollback(options: Options, ssh: SshSettings): void {
  const release = run('rollback', serverStep(options.target, serverScript, ['rollback', options.target.root], ssh));
  reload(options.target, ssh);
  console.log(t.deploy.rolledBack(release, targetLabel(options.target)));
}

try {
  const options = parseOptions(process.argv.slice(2));
  const ssh = sshSettings();
  if (options.rollback) rollback(options, ssh);
  else if (options.removePreview) {
    run('remove-preview', serverStep(options.target, serverScript, ['remove-preview', options.target.root], ssh));
    console.log(t.deploy.previewRemoved(targetLabel(options.target)));
  }
  else deploy(options, ssh);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
