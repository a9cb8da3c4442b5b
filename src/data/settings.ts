/** The office settings entry, read once per build. */
import { getEntry } from 'astro:content';

let cached: Awaited<ReturnType<typeof load>> | undefined;

async function load() {
  const entry = await getEntry('settings', 'office');
  if (!entry) throw new Error('content/settings/office.yaml is missing: the site needs the office settings to build.');
  return entry.data;
}

export async function getSettings() {
  cached ??= await load();
  return cached;
}
