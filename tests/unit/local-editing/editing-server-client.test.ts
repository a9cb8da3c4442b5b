/**
 * The editor page and its editing server: what the page concludes from the server's answer,
 * and how a request that cannot reach the server turns into the Indonesian notice and error
 * (fetch is the boundary, replaced by a stand-in).
 */
import { describe, expect, it } from 'vitest';
import { EditingServerUnreachable, editingServerState, viewOnSiteBase, watchEditingServer } from '../../../src/cms/editing-server.ts';

const API = 'http://127.0.0.1:4321/admin/api/v1';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const failing: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('asking whether the editing server answers', () => {
  it('ready when decap-server describes itself', async () => {
    expect(await editingServerState(API, async () => json({ repo: 'portal', publish_modes: ['simple'], type: 'local_fs' }))).toEqual({ state: 'ready' });
  });

  it('unreachable when nothing answers, or something that is not the editing server (a 404 page)', async () => {
    expect(await editingServerState(API, failing)).toEqual({ state: 'unreachable' });
    expect(await editingServerState(API, async () => new Response('<!doctype html><title>404</title>', { status: 404 }))).toEqual({ state: 'unreachable' });
  });

  it('refused, with the server\'s own reason, when the server turns the page away', async () => {
    expect(await editingServerState(API, async () => json({ error: 'Permintaan ditolak: …' }, 403))).toEqual({ state: 'refused', message: 'Permintaan ditolak: …' });
  });
});

describe('watching the editor\'s requests', () => {
  it('turns a failed request to the editing API into an Indonesian error and reports the server gone, then back', async () => {
    let online = false;
    const target = { fetch: (async () => (online ? json({}) : failing(API))) as typeof fetch };
    const changes: boolean[] = [];
    watchEditingServer(API, (reachable) => changes.push(reachable), target);

    const error = await target.fetch('/admin/api/v1', { method: 'POST' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EditingServerUnreachable);
    expect(String(error)).toMatch(/^Server penyunting lokal tidak berjalan\. Jalankan `npm start`/);
    expect(String(error)).not.toContain('Failed to fetch');
    online = true;
    await target.fetch(API, { method: 'POST' });
    expect(changes).toEqual([false, true]);
  });

  it('takes a page answering in the server\'s place (another program serving /admin/) as no server', async () => {
    const target = { fetch: (async () => new Response('<!doctype html><title>404</title>', { status: 404, headers: { 'content-type': 'text/html' } })) as typeof fetch };
    const changes: boolean[] = [];
    watchEditingServer(API, (reachable) => changes.push(reachable), target);
    await expect(target.fetch(API, { method: 'POST' })).rejects.toBeInstanceOf(EditingServerUnreachable);
    expect(changes).toEqual([false]);
  });

  it('passes the server\'s own refusals on to Decap, which shows their Indonesian reason', async () => {
    const target = { fetch: (async () => json({ error: 'Ruang editor tidak boleh …' }, 403)) as typeof fetch };
    const changes: boolean[] = [];
    watchEditingServer(API, (reachable) => changes.push(reachable), target);
    expect((await target.fetch(API, { method: 'POST' })).status).toBe(403);
    expect(changes).toEqual([true]);
  });

  it('leaves every other request alone', async () => {
    const target = { fetch: failing };
    const changes: boolean[] = [];
    watchEditingServer(API, (reachable) => changes.push(reachable), target);
    await expect(target.fetch('http://127.0.0.1:4321/admin/config.yml')).rejects.toThrow('Failed to fetch');
    expect(changes).toEqual([]);
  });
});

describe('where "Lihat di situs" leads', () => {
  const local = 'http://127.0.0.1:4321';
  const publicSite = 'https://bbpom-contoh.pom.go.id';

  it('to this local portal while saving through its editing server', () => {
    expect(viewOnSiteBase({ state: 'ready' }, local, publicSite)).toBe(local);
  });

  it('to the public site otherwise (saving to the Git host, or opened on the public site)', () => {
    expect(viewOnSiteBase({ state: 'unreachable' }, local, publicSite)).toBe(publicSite);
    expect(viewOnSiteBase(undefined, 'https://bbpom-contoh.pom.go.id', publicSite)).toBe(publicSite);
  });
});
