/**
 * The editor at /admin: Decap CMS from the npm package, bundled with the site (no script or
 * style from another host). The page passes the build-time settings (backend, office time
 * zone) as JSON; everything else is generated here from the schema module. Where the local
 * editing server is, and so where "Lihat di situs" leads, is decided here at run time from
 * the page's own address: a build holds no local address at all.
 */
import CMS from 'decap-cms-app';
import siteStyles from '../styles/global.css?inline';
import formStyles from './admin-form.css?inline';
import { EDITING_API_PATH, isLocalHostname } from '../local-editing/api-path.ts';
import { localEditing } from '../strings/local-editing.ts';
import { cms } from '../strings/cms.ts';
import { COLLECTIONS, type CollectionName } from '../schema/index.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import { reloadOnEntrySwitch } from './address-change.ts';
import type { BackendSettings } from './backend.ts';
import { bodyDocumentComponent, bodyPhotoComponent } from './body-components.ts';
import { bodyPhotoProblems } from './body-photo-check.ts';
import { buildCmsConfig } from './config.ts';
import { editingServerState, viewOnSiteBase, watchEditingServer } from './editing-server.ts';
import { collectionExtension, collectionFormat } from './entry-file/collection-format.ts';
import { entryFormatName } from './entry-file/entry-format-names.ts';
import { messagesForField } from './field-rules.ts';
import { localeId } from './locale-id.ts';
import { forumPreview } from './preview/forums.ts';
import { NewsPreview } from './preview/news.ts';
import { ServicePreview } from './preview/services.ts';
import { SettingsPreview } from './preview/settings.ts';
import { SurveyPreview } from './preview/surveys.ts';
import { hideNotice, showNotice } from './server-notice.ts';
import { typedTextStaysText } from './typed-text.ts';
import { emptyValuePaths, entryIssues, entryProblems, problemsMessage, type EntryIssue } from './validate-entry.ts';
import { registerRuleCheckedWidgets } from './widgets/register.ts';
import type { ImmutableMap } from './widgets/rule-checked-control.ts';
import { SURVEY_IMPORT_WIDGET, SurveyImportControl } from './widgets/survey-import.ts';

export interface AdminSettings extends BackendSettings {
  siteUrl: string;
  timeZone: ZoneName;
}

/** Shown as-is in Decap's error toast (a plain Error would print "Error: " first). */
class EntryNotSaved extends Error {
  override toString() {
    return this.message;
  }
}

interface ImmutableData {
  toJS(): Record<string, unknown>;
  deleteIn(path: (string | number)[]): ImmutableData;
}

const notice = localEditing.notice;

function registerEntryFormats(): void {
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    CMS.registerCustomFormat(entryFormatName(collection), collectionExtension(collection), collectionFormat(collection));
  }
}

/** The findings of the schema at each field, worked out once per version of the entry's data. */
function fieldRules(zone: ZoneName) {
  const found = new WeakMap<object, EntryIssue[]>();
  return (collection: string, data: ImmutableMap, spot: Parameters<typeof messagesForField>[1]) => {
    if (!(collection in COLLECTIONS)) return [];
    let issues = found.get(data);
    if (!issues) {
      issues = entryIssues(collection as CollectionName, data.toJS() as Record<string, unknown>, zone);
      found.set(data, issues);
    }
    return messagesForField(issues, spot);
  };
}

function addFormStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(formStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Decides where the editor saves before Decap starts. On this computer (the host rule Decap
 * itself uses for its local backend) the editing server of `npm start` answers on the page's
 * own origin; when it does, Decap saves through it and "Lihat di situs" leads to this local
 * portal. When the build has no Git host there is nothing else to save to: without the
 * server the page says what to do above Decap, and every failed request says it again in
 * Decap's own error messages. Opened elsewhere without a Git host, the editor cannot work at
 * all, and the page says so instead of starting Decap.
 */
async function start(): Promise<void> {
  const element = document.getElementById('cms-settings');
  const settings = JSON.parse(element?.textContent ?? '{}') as AdminSettings;
  const apiUrl = new URL(EDITING_API_PATH, location.origin).href;
  const onlyLocal = settings.backend['name'] === 'proxy';
  if (!isLocalHostname(location.hostname)) {
    if (onlyLocal) return showNotice({ title: notice.notConfiguredTitle, body: notice.notConfigured });
    return startDecap(settings, apiUrl, settings.siteUrl);
  }

  const server = await editingServerState(apiUrl);
  const unreachable = { title: notice.unreachableTitle, body: notice.unreachable };
  if (server.state === 'refused') showNotice({ title: notice.refusedTitle, body: server.message }, reload);
  else if (server.state === 'unreachable' && onlyLocal) showNotice(unreachable, reload);
  if (server.state === 'ready' || onlyLocal) {
    // No retry button once Decap runs: a reload could lose what the editor is typing, and the
    // next save tries again by itself.
    watchEditingServer(apiUrl, (reachable) => (reachable ? hideNotice(unreachable.title) : showNotice(unreachable)));
  }
  startDecap(settings, apiUrl, viewOnSiteBase(server, location.origin, settings.siteUrl));
}

function reload(): void {
  location.reload();
}

function startDecap(settings: AdminSettings, localBackendUrl: string, siteUrl: string): void {
  // Before Decap starts, so that its router never sees an address change between entries.
  reloadOnEntrySwitch(() => window.confirm(cms.addressChange.leaveUnsaved));
  addFormStyles();
  CMS.registerLocale('id', localeId);
  registerEntryFormats();
  CMS.registerWidget(SURVEY_IMPORT_WIDGET, SurveyImportControl);
  // Bodies: what is typed in the rich-text mode stays text; photos and documents have their tools.
  CMS.registerRemarkPlugin(typedTextStaysText);
  CMS.registerEditorComponent(bodyPhotoComponent());
  CMS.registerEditorComponent(bodyDocumentComponent());
  // After every widget is registered: the wrapper goes around each of them.
  registerRuleCheckedWidgets(fieldRules(settings.timeZone), [SURVEY_IMPORT_WIDGET]);
  CMS.registerPreviewStyle(siteStyles, { raw: true });
  CMS.registerPreviewTemplate('news', NewsPreview);
  CMS.registerPreviewTemplate('services', ServicePreview);
  CMS.registerPreviewTemplate('forums', forumPreview(settings.timeZone));
  CMS.registerPreviewTemplate('surveys', SurveyPreview);
  CMS.registerPreviewTemplate('office', SettingsPreview);

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection') as CollectionName;
      const data = entry.get('data') as ImmutableData;
      const plain = data.toJS();
      const problems = [...entryProblems(collection, plain, settings.timeZone), ...bodyPhotoProblems(plain.body)];
      if (problems.length) throw new EntryNotSaved(problemsMessage(problems));
      // Cleared boxes are left out of the file rather than written as "".
      return emptyValuePaths(plain).reverse().reduce((cleaned, path) => cleaned.deleteIn(path), data);
    },
  });

  const { siteUrl: _publicSite, timeZone, ...backend } = settings;
  CMS.init({ config: buildCmsConfig({ ...backend, localBackendUrl, siteUrl, timeZone }) as never });
}

void start();
