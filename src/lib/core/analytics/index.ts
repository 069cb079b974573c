/**
 * The analytics engine's public surface (see README.md for the definitions).
 */
export * from './types';
export * from './problems';
export * from './metrics';
export { summarizeSelection } from './selection';
export type { SelectionSummary, GroupTally } from './selection';
export { prepare } from './prepare';
export type { PreparedOrders } from './prepare';
export { analyze, analyzeOrders, overviewFigures, resultTransferables } from './analyze';
export { validateSettings } from './settings';
export { validateCustomScheme, schemeSegments } from './segments';
export { gridScore, fmScore, quantileScore, thresholdScore } from './scores';
export { suggestLifecycle, stageOf } from './lifecycle';
export { customerAttributeValues } from './attributes';
export {
	RFM_GRID,
	RFM_GRID_SEGMENTS,
	VALUE8_SEGMENTS,
	STAGE_KEYS,
	STAGE_LABELS,
	toLabel
} from './labels';
export type { SegmentDefinition } from './labels';
