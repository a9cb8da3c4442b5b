/**
 * The editor at /admin: Decap CMS from the npm package, bundled with the site (no script or
 * style from another host). The page passes the build-time settings (backend, office time
 * zone) as JSON; everything else is generated here from the schema module.
 */
import CMS from 'decap-cms-app';
import siteStyles from '../styles/global.css?inline';
import type { CollectionName } from '../schema/index.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import type { BackendSettings } from './backend.ts';
import { buildCmsConfig } from './config.ts';
import { localeId } from './locale-id.ts';
import { forumPreview } from './preview/forums.ts';
import { NewsPreview } from './preview/news.ts';
import { ServicePreview } from './preview/services.ts';
import { SettingsPreview } from './preview/settings.ts';
import { SurveyPreview } from './preview/surveys.ts';
import { emptyValuePaths, entryProblems, problemsMessage } from './validate-entry.ts';
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

function start(): void {
  const element = document.getElementById('cms-settings');
  const settings = JSON.parse(element?.textContent ?? '{}') as AdminSettings;

  CMS.registerLocale('id', localeId);
  CMS.registerPreviewStyle(siteStyles, { raw: true });
  CMS.registerWidget(SURVEY_IMPORT_WIDGET, SurveyImportControl);
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
      const problems = entryProblems(collection, plain);
      if (problems.length) throw new EntryNotSaved(problemsMessage(problems));
      // Cleared boxes are left out of the file rather than written as "".
      return emptyValuePaths(plain).reverse().reduce((cleaned, path) => cleaned.deleteIn(path), data);
    },
  });

  const { siteUrl, timeZone: _zone, ...backend } = settings;
  CMS.init({ config: buildCmsConfig({ ...backend, siteUrl }) as never });
}

start();
