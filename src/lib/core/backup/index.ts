/** The `.strata` backup format: see `format.ts` for the byte layout. */
export * from './format';
export { writeBackup, type BackupContents, type WriteOptions } from './writer';
export { readBackup, type BackupSink, type BackupSummary, type ReadOptions } from './reader';
