/**
 * Asks the browser to keep the journal's storage even under storage pressure
 * (https://developer.mozilla.org/docs/Web/API/StorageManager/persist). Extensions with
 * `unlimitedStorage` are usually granted it at once; the answer is shown in the popup.
 */
export async function requestPersistentStorage(): Promise<'persisted' | 'not-persisted' | 'unsupported'> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist || !manager.persisted) return 'unsupported';
  try {
    if (await manager.persisted()) return 'persisted';
    return (await manager.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
