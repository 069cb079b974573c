export * from './columns';
export { MAX_SCORED_TIERS, ScoredReader, tiersBestFirst } from './reader';
export { scoredBins, scoredHeadline, scoredResult, stageFunnel } from './result';
export { ScoredText } from './text';
