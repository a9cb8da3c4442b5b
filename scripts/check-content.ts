/**
 * Checks every file under content/ and prints all problems at once.
 * Usage: npm run check:content
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { formatReport } from '../src/content-check/format-report.ts';
import { editorRules } from '../src/content-check/rules/index.ts';

const root = process.argv[2] ?? process.cwd();
const { entries, problems } = checkContent(root, editorRules(root), { cacheDir: `${root}/node_modules/.cache/portal-content-check` });
if (problems.length) console.log(formatReport(problems));
const errors = problems.filter((problem) => problem.severity === 'error').length;
console.log(errors ? `\n${errors} masalah harus diperbaiki.` : `${entries.length} berkas isi diperiksa: tidak ada masalah.`);
process.exit(errors ? 1 : 0);
