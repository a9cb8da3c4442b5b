/** Where the project and its build output are, for tests. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const distDir = `${projectRoot}/dist`;
