/**
 * Every news topic becomes a page at /berita/topik/<slug>/. A topic written only with
 * punctuation has no slug, and its page would take the address of the topic list itself.
 */
import { slugify } from '../../lib/text.ts';
import { hosting as t } from '../../strings/hosting.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';

export const topicAddressRule: EntryRule<ContentProblem[]> = perEntryRule('topic-addresses', (entry) => {
  if (entry.source.collection !== 'news' || !entry.data) return [];
  const tags = (entry.data.tags as string[] | undefined) ?? [];
  const problems: ContentProblem[] = [];
  tags.forEach((tag, index) => {
    if (slugify(tag)) return;
    problems.push({
      file: entry.source.file,
      line: entry.raw.lineOf(['tags', index]),
      field: t.contentRules.tagField(index),
      message: t.contentRules.emptyTagSlug(tag),
      hint: t.contentRules.emptyTagSlugHint,
      severity: 'error',
    });
  });
  return problems;
});
