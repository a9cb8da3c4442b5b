/**
 * Small helpers for preview templates. Previews are React components (Decap renders them),
 * written with createElement so the project needs no JSX setup for one admin page. They use
 * the public site's own classes, so an editor sees the page much as readers will.
 */
import { createElement, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';

export const h = createElement;

export type PreviewProps = PreviewTemplateComponentProps;

/** The entry's fields as plain values. */
export function entryData(props: PreviewProps): Record<string, any> {
  return (props.entry.get('data')?.toJS?.() ?? {}) as Record<string, any>;
}

export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

/** A heading and a list, left out when the list is empty. */
export function listSection(heading: string, items: readonly string[], ordered = false): ReactNode {
  if (!items.length) return null;
  return h('section', null, h('h2', null, heading), h(ordered ? 'ol' : 'ul', ordered ? { className: 'steps' } : null, ...items.map((item, index) => h('li', { key: index }, item))));
}

/** A photo the way articles show it, with a visible warning while its alt text is missing. */
export function photo(props: PreviewProps, image: { src?: string; alt?: string; caption?: string; credit?: string } | undefined, noAltWarning: string): ReactNode {
  if (!image?.src) return null;
  const asset = props.getAsset(image.src) as unknown as { toString(): string } | undefined;
  return h(
    'figure',
    { className: 'figure' },
    h('img', { src: asset?.toString() ?? '', alt: image.alt ?? '' }),
    image.alt ? null : h('p', { className: 'example-banner', role: 'alert' }, noAltWarning),
    image.caption || image.credit ? h('figcaption', null, [image.caption, image.credit].filter(Boolean).join(' · ')) : null,
  );
}
