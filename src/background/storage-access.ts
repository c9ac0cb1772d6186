/**
 * No script of ours in a page reads storage: pages ask the worker for their settings (`pageSettings`). So the
 * reader's settings and lists of sites, packs and feeds are closed to page scripts, which a compromised renderer
 * could otherwise read and write. `storage.session` (the tabs' findings) is closed to them by default.
 *
 * Chromium keeps an access level for `local` and `sync` too; Firefox has one for `session` only, and rejects the
 * call for the others: there the areas stay open to content scripts, as they always were.
 */
interface AreaWithAccess {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

export async function closeStorageToPages(storage: { local: AreaWithAccess; sync: AreaWithAccess }): Promise<void> {
  for (const area of [storage.local, storage.sync]) {
    try {
      await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch {
      // Not supported for this area in this browser.
    }
  }
}
