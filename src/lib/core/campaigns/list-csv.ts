/**
 * The cells of the campaign list export (stable contract). The shared CSV writer guards and joins
 * them.
 */

/** The exact header of the campaign list export. */
export const CAMPAIGN_CSV_HEADER = [
	'customer_id',
	'segment',
	'tier',
	'lifecycle_stage',
	'action',
	'recommended_products',
	'group'
] as const;

/** Separator between recommended products inside their one cell. */
export const PRODUCT_SEPARATOR = '|';

/** Everything a list row needs, per list position (ids) or per customer index (the rest). */
export interface CampaignListSource {
	/** Customer indexes, in list order. */
	members: ArrayLike<number>;
	/** Per list position: the customer id to write — the pseudonym when pseudonymising. */
	ids: readonly string[];
	/** Per customer index: index into the keys below (anything out of range writes ''). */
	segment: ArrayLike<number>;
	tier: ArrayLike<number>;
	stage: ArrayLike<number>;
	segmentKeys: readonly string[];
	tierKeys: readonly string[];
	stageKeys: readonly string[];
	/** Per segment index: the playbook action written on the row. */
	actionOfSegment: readonly string[];
	/** Per customer index: recommended products, best first (omit when none are computed). */
	recommendedProducts?: (customer: number) => readonly string[];
	/** Per list position: 1 = control, 0 = target (`controlGroup`). */
	control: Uint8Array;
}

/**
 * The campaign list as cells: the header row, then one row per listed customer in list order;
 * `group` is `target` or `control`, products are joined with `PRODUCT_SEPARATOR`.
 * @example campaignListRows({ members: [4], ids: ['C5'], segment: [..., 0], segmentKeys: ['loyal'],
 *   …, actionOfSegment: ['Ask for a referral'], control: Uint8Array.of(0) })
 * // → [[…CAMPAIGN_CSV_HEADER], ['C5', 'loyal', 'gold', 'repeat', 'Ask for a referral', 'Tea|Cup', 'target']]
 */
export function campaignListRows(source: CampaignListSource): string[][] {
	const key = (keys: readonly string[], k: number) => keys[k] ?? '';
	const rows: string[][] = [[...CAMPAIGN_CSV_HEADER]];
	for (let k = 0; k < source.members.length; k++) {
		const c = source.members[k];
		const segment = source.segment[c];
		rows.push([
			source.ids[k],
			key(source.segmentKeys, segment),
			key(source.tierKeys, source.tier[c]),
			key(source.stageKeys, source.stage[c]),
			key(source.actionOfSegment, segment),
			(source.recommendedProducts?.(c) ?? []).join(PRODUCT_SEPARATOR),
			source.control[k] ? 'control' : 'target'
		]);
	}
	return rows;
}
