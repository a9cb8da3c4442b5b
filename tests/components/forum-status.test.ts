import { describe, expect, test } from 'vitest';
import ForumStatus from '../../src/components/ForumStatus.astro';
import { FORUM_STATUSES, type ForumStatus as Status } from '../../src/schema/index.ts';
import { render } from '../helpers/render.ts';

describe('ForumStatus', () => {
  test.each(Object.entries(FORUM_STATUSES) as [Status, string][])('%s reads "Status: %s" and carries its own style', async (status, label) => {
    const { root, text } = await render(ForumStatus, { status });
    expect(text).toBe(`Status: ${label}`);
    const badge = root.firstElementChild;
    expect(badge?.classList.contains(`status--${status}`)).toBe(true);
    // "Status:" is for screen readers; sighted readers see the coloured badge.
    expect(root.querySelector('.visually-hidden')?.textContent).toBe('Status: ');
  });
});
