/**
 * Decap keeps the form of the entry it opened when the address bar is changed to another
 * entry (#/collections/news/entries/a → …/entries/b): its editor page loads an entry only
 * when it first appears, and the router reuses it for the new address. The form then shows
 * entry a under b's address, and saving writes to a's file. Until Decap reloads on a changed
 * address, the portal does it: such a change is kept from Decap's router, and the page is
 * reloaded at the new address, after the editor confirms when the form has unsaved changes.
 */
export interface EntryRoute {
  collection: string;
  /** The entry's slug, or undefined for a new entry. */
  slug?: string;
}

const ENTRY = /^#\/collections\/([^/?#]+)\/(?:entries\/([^?#]+)|new)(?:[?#]|$)/;

export function entryRoute(url: string): EntryRoute | undefined {
  const hash = url.slice(url.indexOf('#') === -1 ? url.length : url.indexOf('#'));
  const match = ENTRY.exec(hash);
  if (!match) return undefined;
  return match[2] === undefined ? { collection: match[1]! } : { collection: match[1]!, slug: decodeURIComponent(match[2]) };
}

/**
 * True when the address moves from one existing entry to another. Moves to and from a new
 * entry are left to Decap: it makes them itself (after saving a new entry, and "publish and
 * create new"), and its editor handles them.
 */
export function switchesEntry(oldUrl: string, newUrl: string): boolean {
  const from = entryRoute(oldUrl);
  const to = entryRoute(newUrl);
  if (!from?.slug || !to?.slug) return false;
  return from.collection !== to.collection || from.slug !== to.slug;
}

/**
 * Must run before Decap starts: listeners run in the order they were added, and Decap's
 * router must not see the change. `confirmLeave` is asked only when the form has unsaved
 * changes.
 */
export function reloadOnEntrySwitch(confirmLeave: () => boolean): void {
  let leaving = false;
  window.addEventListener('hashchange', (event) => {
    if (!switchesEntry(event.oldURL, event.newURL)) return;
    event.stopImmediatePropagation();
    if (hasUnsavedChanges() && !confirmLeave()) {
      history.replaceState(history.state, '', event.oldURL);
      return;
    }
    leaving = true;
    location.reload();
  });
  // The editor has already confirmed: Decap's own leave-page prompt would ask a second time.
  window.addEventListener('beforeunload', (event) => {
    if (leaving) event.stopImmediatePropagation();
  });
}

/**
 * Decap's beforeunload handler sets `returnValue` when the form has unsaved changes (its only
 * public sign of them); a synthetic event dispatched before the real one reads it.
 */
function hasUnsavedChanges(): boolean {
  let asked = false;
  const probe = new Event('beforeunload', { cancelable: true });
  Object.defineProperty(probe, 'returnValue', {
    get: () => !asked,
    set: (value: unknown) => {
      if (value) asked = true;
    },
  });
  window.dispatchEvent(probe);
  return asked || probe.defaultPrevented;
}
