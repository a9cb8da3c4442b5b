/**
 * axe in jsdom: the structural WCAG rules (names, labels, headings, landmarks, ARIA, alt text,
 * language) over one page's HTML in a few tens of milliseconds. One window is made per worker
 * and each page is swapped into it, because evaluating axe's half a megabyte of source per page
 * would double the cost.
 *
 * Two ways to check a page, with the same findings (tests/unit/accessibility-frames.test.ts):
 * - 'whole-page': every rule over every element of the page;
 * - 'frames' (the default): the page is split into frame and regions (page-regions.ts); the
 *   frame is checked the first time this checker meets it, with the frame-and-region rules.
 *   Every page then gets one pass over the whole page in which the few rules that need the
 *   whole page (rule-split.ts) judge every element and the others only the regions (their
 *   selectors narrowed with axe.configure). When a frame broke rules, each page with that
 *   frame asks those rules again about its frame, so the findings name the elements as that
 *   page's whole-page check would.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import axe from 'axe-core';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { findingsFromAxe } from './axe-results.ts';
import { REGION_SELECTORS, splitPage } from './page-regions.ts';
import { WHOLE_PAGE_RULES, partRunOptions, scopeToRegions } from './rule-split.ts';
import { jsdomRunOptions } from './rules.ts';
import type { Finding } from './types.ts';

export type CheckMethod = 'frames' | 'whole-page';

interface AxeWindow {
  axe: {
    run: (context: Document | ElementContext, options: RunOptions) => Promise<AxeResults>;
    configure: (spec: { rules: { id: string; selector: string }[] }) => void;
    /** axe's own rule list: the only place a rule's selector can be read (axe.getRules() leaves it out). */
    _audit: { rules: { id: string; selector: string }[] };
  };
  DOMParser: typeof DOMParser;
  document: Document;
}

export type JsdomChecker = ((html: string) => Promise<Finding[]>) & {
  /** Distinct frames this checker has checked, and pages it checked whole because they could not be split. */
  readonly stats: { frames: number; wholePages: number };
};

export function createJsdomChecker(method: CheckMethod = 'frames'): JsdomChecker {
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
  const partOptions = partRunOptions();
  const parser = new window.DOMParser();
  // The frame-and-region rules as axe defines them, and narrowed to the regions: the page pass
  // runs every rule in one go over the whole page, the whole-page rules on every element and
  // the others only inside regions, so axe builds its picture of the page once, not twice.
  const wholePage = new Set(WHOLE_PAGE_RULES.map(({ rule }) => rule));
  const asDefined = window.axe._audit.rules.filter((rule) => !wholePage.has(rule.id)).map(({ id, selector }) => ({ id, selector }));
  const inRegions = asDefined.map(({ id, selector }) => ({ id, selector: scopeToRegions(selector, REGION_SELECTORS) }));
  let narrowed = false;
  const narrow = (toRegions: boolean) => {
    if (narrowed === toRegions) return;
    window.axe.configure({ rules: toRegions ? inRegions : asDefined });
    narrowed = toRegions;
  };
  /** The rules each frame broke, by frame key. */
  const frames = new Map<string, string[]>();
  const stats = { frames: 0, wholePages: 0 };

  const findings = async (context: Document | ElementContext, runOptions: RunOptions) => findingsFromAxe((await window.axe.run(context, runOptions)).violations, 'jsdom');

  const check = async (html: string) => {
    const parsed = parser.parseFromString(html, 'text/html');
    const document = window.document;
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    const split = method === 'frames' ? splitPage(document) : undefined;
    if (!split) {
      if (method === 'frames') stats.wholePages += 1;
      narrow(false);
      return findings(document, options);
    }
    const found: Finding[] = [];
    const frame = { include: [document.documentElement], exclude: split.regions };
    const broken = frames.get(split.frameKey);
    if (!broken) {
      // This frame's first page: every frame element, once for all pages that share it.
      narrow(false);
      const results = await window.axe.run(frame, partOptions);
      frames.set(split.frameKey, results.violations.map((violation) => violation.id));
      stats.frames += 1;
      found.push(...findingsFromAxe(results.violations, 'jsdom'));
    } else if (broken.length) {
      // The same rules break here on the same elements; asked again so the findings name them as in this page.
      narrow(false);
      found.push(...(await findings(frame, { ...partOptions, runOnly: { type: 'rule', values: broken }, rules: {} })));
    }
    narrow(true);
    found.push(...(await findings(document, options)));
    return found;
  };
  return Object.assign(check, { stats });
}
