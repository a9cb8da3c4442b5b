/**
 * "Lihat di situs" starts from the site the editor page chose (the local portal while editing
 * locally) and leads to the entry's page (preview paths: tests/unit/publish/preview-links.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { backendFromEnvironment } from '../../src/cms/backend.ts';
import { routes } from '../../src/lib/routes.ts';

const config = buildCmsConfig({ ...backendFromEnvironment({}), localBackendUrl: 'http://127.0.0.1:4321/admin/api/v1', siteUrl: 'http://127.0.0.1:4321' });

describe('view-on-site links', () => {
  it('start from the site and the local editing API the editor page gave', () => {
    expect(config.site_url).toBe('http://127.0.0.1:4321');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:4321/admin/api/v1' });
  });

  it('lead from a survey period to the survey page, which shows every period', () => {
    const surveys = config.collections.find((collection) => collection.name === 'surveys') as { preview_path?: string };
    expect(`/${surveys.preview_path}`).toBe(routes.survey);
  });
});
