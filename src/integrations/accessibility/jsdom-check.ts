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
 *   selectors narrowed with axe.configure), except the rules its frame broke: those judge
 *   every element too, so the findings name the elements as that page's whole-page check
 *   would.
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
    /**
     * axe's own rule list, not part of its documented API: the only place a rule's selector can
     * be read (axe.getRules() leaves it out). Read defensively: see ruleSelectors below.
     */
    _audit?: { rules?: unknown };
  };
  DOMParser: typeof DOMParser;
  document: Document;
}

export type JsdomChecker = ((html: string) => Promise<Finding[]>) & {
  /** Distinct frames this checker has checked, and pages it checked whole because they could not be split. */
  readonly stats: { frames: number; wholePages: number };
  /** The frames of the pages this checker checked, in the order it met them, whether it checked them or knew them: frame key → the rules the frame broke. */
  readonly metFrames: ReadonlyMap<string, readonly string[]>;
  /**
   * Frames checked by an earlier build with the same checking code (check-build.ts keeps them
   * in the build cache). A frame key stands for everything a frame element's answer can
   * depend on, so a frame known here is not checked again: a rebuild checks only the changed
   * pages' regions.
   */
  remember(frames: Iterable<KnownFrame>): void;
};

/** A frame checked before (by frame key, page-regions.ts): the rules it broke. */
export type KnownFrame = readonly [frameKey: string, brokenRules: readonly string[]];

/**
 * Every rule's id and selector, or undefined when this axe-core keeps them elsewhere. The
 * frame-and-region method needs them to narrow rules to the regions; without them every page
 * is checked whole, which finds the same for about a quarter more CPU, so an axe-core update can slow
 * the check but never weaken or break it (tests/unit/accessibility-frames.test.ts fails then,
 * so the change is seen).
 */
export function ruleSelectors(window: { axe: { _audit?: { rules?: unknown } } }): { id: string; selector: string }[] | undefined {
  const rules = window.axe._audit?.rules;
  if (!Array.isArray(rules) || rules.length === 0) return undefined;
  const valid = rules.every((rule: unknown) => typeof (rule as { id?: unknown })?.id === 'string' && typeof (rule as { selector?: unknown })?.selector === 'string');
  return valid ? (rules as { id: string; selector: string }[]).map(({ id, selector }) => ({ id, selector })) : undefined;
}

export function createJsdomChecker(requested: CheckMethod = 'frames'): JsdomChecker {
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
  const selectors = ruleSelectors(window);
  const method: CheckMethod = selectors ? requested : 'whole-page';
  const asDefined = (selectors ?? []).filter((rule) => !wholePage.has(rule.id));
  const inRegions = new Map(asDefined.map(({ id, selector }) => [id, scopeToRegions(selector, REGION_SELECTORS)]));
  const current = new Map(asDefined.map(({ id, selector }) => [id, selector]));
  /** Gives every frame-and-region rule its own selector when `overWholePage` says so, else the one narrowed to the regions. */
  const select = (overWholePage: (rule: string) => boolean) => {
    const changes = asDefined
      .map(({ id, selector }) => ({ id, selector: overWholePage(id) ? selector : (inRegions.get(id) ?? selector) }))
      .filter(({ id, selector }) => current.get(id) !== selector);
    if (changes.length === 0) return;
    window.axe.configure({ rules: changes });
    for (const { id, selector } of changes) current.set(id, selector);
  };
  /** The rules each frame broke, by frame key: those known before, and those checked here. */
  const frames = new Map<string, readonly string[]>();
  const metFrames = new Map<string, readonly string[]>();
  const stats = { frames: 0, wholePages: 0 };

  const findings = async (context: Document | ElementContext, runOptions: RunOptions) => findingsFromAxe((await window.axe.run(context, runOptions)).violations, 'jsdom');

  const check = async (html: string) => {
    // A second parse of the page, beside PageFacts' parse5 one: axe needs a live DOM to query.
    const parsed = parser.parseFromString(html, 'text/html');
    const document = window.document;
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    const split = method === 'frames' ? splitPage(document) : undefined;
    if (!split) {
      if (method === 'frames') stats.wholePages += 1;
      select(() => true);
      return findings(document, options);
    }
    let broken = frames.get(split.frameKey);
    if (!broken) {
      // This frame's first page: every frame element, once for all pages that share it. Only
      // which rules it broke is kept; the page pass below reports the findings.
      select(() => true);
      const results = await window.axe.run({ include: [document.documentElement], exclude: split.regions }, partOptions);
      broken = results.violations.map((violation) => violation.id);
      frames.set(split.frameKey, broken);
      stats.frames += 1;
    }
    if (!metFrames.has(split.frameKey)) metFrames.set(split.frameKey, broken);
    // One pass over the whole page: the rules the frame broke over every element (so each
    // finding names the element as in this page), the other frame-and-region rules in the
    // regions only, the whole-page rules everywhere.
    const overWholePage = new Set(broken);
    select((rule) => overWholePage.has(rule));
    return findings(document, options);
  };
  const remember = (known: Iterable<KnownFrame>) => {
    for (const [frameKey, broken] of known) if (!frames.has(frameKey)) frames.set(frameKey, broken);
  };
  return Object.assign(check, { stats, metFrames, remember });
}
