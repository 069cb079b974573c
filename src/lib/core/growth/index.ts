/**
 * 客户倍增 simulator (issue 17, item 2): baseline inputs from the data, the monthly projection with
 * levers, the doubling month and each lever's Shapley share of the gain.
 */
export * from './model';
export * from './baseline';
export * from './simulate';
export * from './compare';
export * from './forecast-months';
