/**
 * Checks every file under content/ and prints all problems at once.
 * Usage: npm run check:content
 */
import { stageCacheDir } from '../src/build-cache/place.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatReport } from '../src/content-check/format-report.ts';
import { editorRules } from '../src/content-check/rules/index.ts';
import { hosting as t } from '../src/strings/hosting.ts';

const root = process.argv[2] ?? process.cwd();
const { entries, problems } = await checkContent(root, editorRules(root), { cacheDir: stageCacheDir(root, 'content-check') });
if (problems.length) console.log(formatReport(problems));
const errors = problems.filter((problem) => problem.severity === 'error').length;
console.log(errors ? `\n${t.contentCheck.commandFailed(errors)}` : t.contentCheck.commandPassed(entries.length));
process.exit(errors ? 1 : 0);
