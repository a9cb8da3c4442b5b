/**
 * Where the local editing API lives: on the portal's own origin, under /admin/, beside the
 * editor page. The editor page computes the full address from its own location at run time,
 * so nothing about the editing server (host, port) is written into the build, and a rebuild
 * can never leave the open editor pointing at the wrong place.
 */

/** decap-server's middlewares answer on this fixed route of the app they are mounted on. */
export const DECAP_API_ROUTE = '/api/v1';

/** Where the portal's local server mounts decap-server's app. */
export const EDITING_API_MOUNT = '/admin';

/** The editing API as the editor page sees it: same origin, fixed path. */
export const EDITING_API_PATH = `${EDITING_API_MOUNT}${DECAP_API_ROUTE}`;

/**
 * Decap uses its local backend only when the page's host is one of these (its own rule, in
 * decap-cms-core's detectProxyServer); the portal follows the same rule everywhere it asks
 * "is the editor being used on this computer?".
 */
export const LOCAL_HOSTNAMES: readonly string[] = ['localhost', '127.0.0.1'];

export function isLocalHostname(hostname: string): boolean {
  return LOCAL_HOSTNAMES.includes(hostname);
}
