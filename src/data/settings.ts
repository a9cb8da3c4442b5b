/** The office settings entry, read once per build. */
import { getEntry } from 'astro:content';
import { once } from '../lib/once.ts';

async function load() {
  const entry = await getEntry('settings', 'office');
  if (!entry) throw new Error('content/settings/office.yaml is missing: the site needs the office settings to build.');
  return entry.data;
}

export const getSettings = once(load);
