/**
 * Reads the content of a built project as written (front matter and YAML), so output tests
 * can compare what was published against the sources without going through the site's code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile<T> {
  id: string;
  data: T;
}

export interface NewsMatter {
  title: string;
  date: string;
  updated?: string;
  summary: string;
  draft?: boolean;
  image?: { src: string };
}

export interface ForumMatter {
  title: string;
  summary: string;
  status: 'scheduled' | 'postponed' | 'rescheduled' | 'moved-online' | 'cancelled' | 'held';
  start: string;
  end: string;
  previousStart?: string;
  mode: 'in-person' | 'online' | 'hybrid';
  image?: { src: string };
}

export interface ServiceMatter {
  title: string;
  reviewedOn: string;
}

export interface Settings {
  siteUrl: string;
  office: { name: string; timeZone: 'WIB' | 'WITA' | 'WIT' };
}

function frontMatter<T>(file: string): T {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return parse(match[1]!) as T;
}

function entries<T>(folder: string): ContentFile<T>[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .map((path) => (statSync(path).isDirectory() ? { path: join(path, 'index.mdx'), id: relative(folder, path) } : { path, id: relative(folder, path).replace(/\.mdx$/, '') }))
    .filter(({ path }) => path.endsWith('.mdx') && existsSync(path))
    .map(({ path, id }) => ({ id, data: frontMatter<T>(path) }));
}

export function readSettings(root: string): Settings {
  return parse(readFileSync(join(root, 'content/settings/office.yaml'), 'utf8')) as Settings;
}

export const readNews = (root: string) => entries<NewsMatter>(join(root, 'content/news'));
export const readForums = (root: string) => entries<ForumMatter>(join(root, 'content/forums'));
export const readServices = (root: string) => entries<ServiceMatter>(join(root, 'content/services'));

/** Every file under a folder, relative paths with a leading slash. */
export function listFiles(folder: string, base = folder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [`/${relative(base, path)}`];
  });
}
