/**
 * Campaign lists and their measurement (issue 17, items 3–4): the seeded control group, HMAC
 * pseudonyms, the list export's cells, and target vs control with 95 % intervals.
 */
export * from './split';
export * from './pseudonyms';
export * from './intervals';
export * from './measure';
export * from './list-csv';
