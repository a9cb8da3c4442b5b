/**
 * Findability with content the samples may lack: a photo article, an updated article, a
 * draft, a future article, a rescheduled forum and a forum moved online.
 */
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { describeFindableOutput } from '../helpers/findable-checks.ts';
import { buildFindableFixture, FIXTURE_COMMIT_DATE, type BuiltSite } from '../helpers/findable-fixture.ts';

let built: BuiltSite | undefined;
describeFindableOutput('fixture build', async () => (built = await buildFindableFixture()), { commitDate: FIXTURE_COMMIT_DATE });
afterAll(() => {
  if (built) rmSync(built.root, { recursive: true, force: true });
});
