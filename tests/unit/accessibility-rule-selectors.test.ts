import { JSDOM } from 'jsdom';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ruleSelectors } from '../../src/integrations/accessibility/jsdom-check.ts';

describe("reading axe's rule selectors for the frame-and-region check", () => {
  it('finds a selector for every rule of the installed axe-core', () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only' });
    const window = dom.window as unknown as { eval: (source: string) => void; axe: { _audit?: { rules?: unknown } } };
    window.eval(axe.source);
    const selectors = ruleSelectors(window);
    expect(selectors?.map(({ id }) => id).sort()).toEqual(axe.getRules().map(({ ruleId }) => ruleId).sort());
  });

  it.each([
    ['no rule list', {}],
    ['a rule list that is not a list', { rules: 'bypass' }],
    ['an empty list', { rules: [] }],
    ['a rule without a selector', { rules: [{ id: 'bypass' }] }],
  ])('gives none for %s, so every page is checked whole', (_, audit) => {
    expect(ruleSelectors({ axe: { _audit: audit } })).toBeUndefined();
    expect(ruleSelectors({ axe: {} })).toBeUndefined();
  });
});
