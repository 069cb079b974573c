/** Products and baskets: definitions in `baskets.ts`, `pairs.ts`, `stats.ts`, `recommend.ts`. */
export * from './baskets';
export * from './pairs';
export * from './stats';
export * from './recommend';
export * from './profile';
export * from './pairs-csv';
export * from './tokens';
