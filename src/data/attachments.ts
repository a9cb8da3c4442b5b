/**
 * Forum documents live beside their forum in content/. Vite emits each PDF into the build
 * output (with a content hash in its name), so a document link can never point at a file
 * that was not published.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const urls = import.meta.glob<string>('/content/forums/**/*.pdf', { query: '?url', import: 'default', eager: true });

export interface Attachment {
  title: string;
  url: string;
  sizeKb: number;
}

/** Resolve an attachment named in a forum file (relative to that file) to its public URL. */
export function resolveAttachment(entryFilePath: string, file: string, title: string): Attachment {
  const relative = join(dirname(entryFilePath), file.replace(/^\.\//, ''));
  const url = urls[`/${relative}`];
  if (!url) {
    throw new Error(`${entryFilePath}: lampiran "${file}" tidak ditemukan. Unggah berkasnya ke folder yang sama dengan forum ini atau perbaiki nama berkasnya.`);
  }
  return { title, url, sizeKb: Math.max(1, Math.round(statSync(relative).size / 1024)) };
}
