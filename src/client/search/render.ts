/**
 * Builds the DOM of search results. Text from the index is always set as text; only
 * Pagefind's <mark> highlights are kept from its excerpts, so no markup from a page can
 * reach the results.
 */
import { formatDate } from '../../lib/dates.ts';
import { isSearchType, SEARCH_KEYS, UNDATED_SORT_VALUE } from '../../lib/search-meta.ts';
import { search as s } from '../../strings/search.ts';
import type { PagefindResultData } from './pagefind.ts';

/** Pagefind's excerpt is HTML with <mark> around matched words; keep the marks, nothing else. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

/** "Berita · Terbit 10 Februari 2025", or the type alone for undated pages. */
function metaLine(data: PagefindResultData): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'search-result__meta';
  const typeKey = data.meta[SEARCH_KEYS.type] ?? '';
  const type = isSearchType(typeKey) ? typeKey : 'informasi';
  const typeLabel = document.createElement('span');
  typeLabel.className = 'search-result__type';
  typeLabel.textContent = s.types[type];
  line.append(typeLabel);
  const date = data.meta[SEARCH_KEYS.date];
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date !== UNDATED_SORT_VALUE) {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = formatDate(date);
    line.append(` · ${s.dateLabels[type]} `, time);
  }
  return line;
}

export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] || data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(excerptFragment(data.excerpt));
  item.append(heading, metaLine(data), excerpt);
  return item;
}
