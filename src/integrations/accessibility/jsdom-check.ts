/**
 * axe in jsdom: the structural WCAG rules (names, labels, headings, landmarks, ARIA, alt text,
 * language) over one page's HTML in a few tens of milliseconds. One window is made per worker
 * and each page is swapped into it, because evaluating axe's half a megabyte of source per page
 * would double the cost.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { findingsFromAxe } from './axe-results.ts';
import { jsdomRunOptions } from './rules.ts';
import type { Finding } from './types.ts';

interface AxeWindow {
  axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  DOMParser: typeof DOMParser;
  document: Document;
}

export type JsdomChecker = (html: string) => Promise<Finding[]>;

export function createJsdomChecker(): JsdomChecker {
  // jsdom reports what it cannot do (canvas, navigation); none of it changes axe's answer.
  const quiet = new VirtualConsole();
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole: quiet,
  });
  const window = dom.window as unknown as AxeWindow & { eval: (source: string) => void };
  // axe asks what is drawn on top for a few rules; jsdom draws nothing, so nothing is on top.
  window.document.elementFromPoint = () => null;
  window.document.elementsFromPoint = () => [];
  window.eval(axe.source);
  const options = jsdomRunOptions();
  const parser = new window.DOMParser();

  return async (html: string) => {
    const parsed = parser.parseFromString(html, 'text/html');
    const document = window.document;
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    const results = await window.axe.run(document, options);
    return findingsFromAxe(results.violations, 'jsdom');
  };
}
