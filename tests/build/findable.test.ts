/** Findability of the real build in dist/ (built by `npm test` just before). */
import { describeFindableOutput } from '../helpers/findable-checks.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

describeFindableOutput('dist/', () => ({ root: projectRoot, dist: distDir }));
