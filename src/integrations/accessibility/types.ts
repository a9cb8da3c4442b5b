/** What the accessibility gate finds and reports; shared by the jsdom and Chromium checks. */

/** Where a check ran: axe in jsdom reads the HTML alone; Chromium also lays the page out. */
export type CheckEngine = 'jsdom' | 'chromium';

export interface Finding {
  /** The rule broken: an axe rule id, or one of the portal's own rendering checks. */
  rule: string;
  /** axe's impact (minor, moderate, serious, critical); the portal's own checks are serious. */
  impact: string;
  /** One line saying what is wrong. */
  help: string;
  /** Where to read more about the rule. */
  helpUrl: string;
  /** A CSS selector for the element. */
  target: string;
  /** The element's opening HTML, shortened. */
  html: string;
  /** How to fix this element. */
  fix: string;
  engine: CheckEngine;
}

/** One built HTML page: its URL path and its file inside the build folder. */
export interface BuiltPage {
  /** The path a reader opens, e.g. "/layanan/sertifikasi/". */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
}

export interface PageFindings {
  page: BuiltPage;
  findings: Finding[];
}
