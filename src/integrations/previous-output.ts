/**
 * Sets the previous build's output aside before Astro builds, instead of letting Astro empty
 * the folder file by file on its main thread, and deletes it once the build process ends, in
 * a process of its own (src/lib/files/folder-aside.ts). Astro still builds into an empty
 * folder, so nothing of an older build can survive into this one.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { deleteInBackground, foldersLeftAside, moveFolderAside } from '../lib/files/folder-aside.ts';

export function previousOutputAside(): AstroIntegration {
  let outDir = '';
  return {
    name: 'portal:previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        deleteInBackground(foldersLeftAside(outDir));
        const aside = moveFolderAside(outDir);
        // On success or failure alike: the deletion starts as this process ends, so it never
        // competes with the build for the disk.
        if (aside) process.once('exit', () => deleteInBackground([aside]));
      },
    },
  };
}
