/**
 * What `npm run deploy` will run, read without a server: which targets it accepts (an
 * allow-list, since a target reaches a remote shell), release names that sort by time, and the
 * rsync, ssh and server-script commands for a server and for a local folder.
 */
import { describe, expect, test } from 'vitest';
import { reloadCommand, serverStep, uploadCommand } from '../../../scripts/deploy/commands.ts';
import { commitOf, RELEASE_NAME, releaseName } from '../../../scripts/deploy/release-name.ts';
import { parseTarget } from '../../../scripts/deploy/target.ts';

const script = { path: '/proyek/scripts/deploy/server.sh', text: '#!/bin/sh\necho siap\n' };

describe('deploy targets', () => {
  test.each([
    ['deploy@server.contoh.go.id:/var/www/portal', { kind: 'ssh', host: 'deploy@server.contoh.go.id', root: '/var/www/portal' }],
    ['portal-server:/srv/portal/', { kind: 'ssh', host: 'portal-server', root: '/srv/portal' }],
    ['/srv/portal', { kind: 'local', root: '/srv/portal' }],
    ['situs', { kind: 'local', root: '/kerja/situs' }],
  ])('%s is accepted', (value, expected) => {
    expect(parseTarget(value, '/kerja')).toEqual(expected);
  });

  test.each([
    'deploy@server:/var/www/$(reboot)',
    'deploy@server:/var/www/portal;rm -rf /',
    'deploy@server:/var/www/../../etc',
    'deploy@server:/var/www/por tal',
    'de ploy@server:/var/www/portal',
    '-oProxyCommand=x:/var/www/portal',
    'deploy@server:/',
    '/',
    '',
  ])('%s is refused, in Indonesian, with the form to use', (value) => {
    expect(() => parseTarget(value, '/kerja')).toThrow(/tidak bisa dipakai|harus ditulis lengkap/);
  });

  test('a relative folder on a server is refused with the absolute form to use', () => {
    expect(() => parseTarget('deploy@server:www/portal')).toThrow('deploy@server:/var/www/portal');
  });
});

describe('release names', () => {
  test('sort in the order releases were made, and name the commit', () => {
    const names = ['2026-11-30T09:59:59.999Z', '2026-11-30T10:00:00.000Z', '2026-12-01T00:00:00.001Z'].map((time) => releaseName(new Date(time), 'ABCDEF0123456789'));
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('20261130-095959-999-abcdef0');
    for (const name of names) expect(name).toMatch(RELEASE_NAME);
  });

  test('without a commit, or with something that is not one, the time alone', () => {
    expect(releaseName(new Date('2026-11-30T10:00:00.000Z'))).toBe('20261130-100000-000');
    expect(releaseName(new Date('2026-11-30T10:00:00.000Z'), '$(id)')).toBe('20261130-100000-000');
  });

  test("the commit comes from GitHub's, Forgejo's or GitLab's variables", () => {
    expect(commitOf({ GITHUB_SHA: 'abc1234' })).toBe('abc1234');
    expect(commitOf({ CI_COMMIT_SHA: 'def5678' })).toBe('def5678');
    expect(commitOf({})).toBeUndefined();
  });
});

describe('commands', () => {
  const server = parseTarget('deploy@server.contoh.go.id:/var/www/portal');
  const folder = parseTarget('/srv/portal');

  test('the server script runs over SSH from standard input, with no password prompt', () => {
    expect(serverStep(server, script, ['activate', '/var/www/portal', '20261130-100000-000', '5'], { port: '2222' })).toEqual({
      program: 'ssh',
      args: ['-o', 'BatchMode=yes', '-p', '2222', 'deploy@server.contoh.go.id', 'sh', '-s', '--', 'activate', '/var/www/portal', '20261130-100000-000', '5'],
      input: script.text,
    });
    expect(serverStep(folder, script, ['prepare', '/srv/portal'], {})).toEqual({ program: 'sh', args: [script.path, 'prepare', '/srv/portal'] });
  });

  test('the upload is a new release folder, linked to the live one by checksum, over SSH for a server', () => {
    expect(uploadCommand(server, '/proyek/dist/', 'R2', 'R1', {}).args).toEqual([
      '--archive',
      '--checksum',
      '--delete',
      '--link-dest=/var/www/portal/releases/R1/',
      '--rsh',
      'ssh -o BatchMode=yes',
      '/proyek/dist/',
      'deploy@server.contoh.go.id:/var/www/portal/releases/R2/',
    ]);
    expect(uploadCommand(folder, '/proyek/dist', 'R1', undefined, {}).args).toEqual(['--archive', '--checksum', '--delete', '/proyek/dist/', '/srv/portal/releases/R1/']);
  });

  test("the web server's reload runs where the site is", () => {
    expect(reloadCommand(server, 'sudo systemctl reload nginx', { port: '22' })).toEqual({
      program: 'ssh',
      args: ['-o', 'BatchMode=yes', '-p', '22', 'deploy@server.contoh.go.id', 'sudo systemctl reload nginx'],
    });
    expect(reloadCommand(folder, 'nginx -s reload', {})).toEqual({ program: 'sh', args: ['-c', 'nginx -s reload'] });
  });
});
