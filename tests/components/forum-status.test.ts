import { describe, expect, test } from 'vitest';
import ForumStatus from '../../src/components/ForumStatus.astro';
import { FORUM_STATUSES, type ForumStatus as Status } from '../../src/schema/index.ts';
import { forumMoments } from '../../src/strings/forum-moments.ts';
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

  test('a forum that has ended while still "scheduled" says its results follow, not "Terjadwal"', async () => {
    const { root, text } = await render(ForumStatus, { status: 'awaiting-results' });
    expect(text).toBe(`Status: ${forumMoments.awaitingResults}`);
    expect(text).not.toContain(FORUM_STATUSES.scheduled);
    expect(root.firstElementChild?.classList.contains('status--awaiting-results')).toBe(true);
  });
});
