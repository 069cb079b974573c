/**
 * Voice of the customer (issue 16): feedback scores, the latest response per customer, NPS, CSAT and
 * response rate per group, the trend, valuable detractors, comment words and the NPS export.
 */
export * from './scores';
export * from './columns';
export * from './responses';
export * from './groups';
export * from './words';
export * from './nps-csv';
export * from './read';
export * from './filter';
export * from './playbook';
export * from './rejoin';
