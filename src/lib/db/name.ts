/**
 * The name of the app's IndexedDB database, apart from the Dexie schema (`schema.ts`) so that a
 * parse worker can open it without loading Dexie (`worker/part.ts`).
 */
export const DATABASE_NAME = 'strata';
