/**
 * The cells of the NPS export (stable contract): one row per segment, then per tier, then per
 * lifecycle stage. The shared CSV writer guards and joins them.
 */
import { roundedQuotient } from '../export/customers-csv';
import { writeCsv, type CsvValue } from '../export/csv-writer';
import type { GroupFeedback } from './groups';

/** The exact header of the NPS export. */
export const NPS_CSV_HEADER = [
	'group_type',
	'group',
	'customers',
	'responses',
	'promoters',
	'passives',
	'detractors',
	'nps'
] as const;

/** `group_type` values, in the order their rows are written. */
export type NpsGroupType = 'segment' | 'tier' | 'stage';

/** One block of rows: the groups of one grouping, with their stable keys. */
export interface NpsCsvSection {
	groupType: NpsGroupType;
	keys: readonly string[];
	groups: readonly GroupFeedback[];
}

/**
 * NPS with one decimal from the counts, exactly: round(1000 × (promoters − detractors) ÷ responses)
 * tenths, halves away from zero; '' without responses.
 * @example formatNps({ promoters: 1, passives: 6, detractors: 1 }) // → '0.0'
 * @example formatNps({ promoters: 1, passives: 78, detractors: 0 }) // → '1.3' (1.2658…)
 * @example formatNps({ promoters: 0, passives: 0, detractors: 0 }) // → ''
 */
export function formatNps(
	tally: Pick<GroupFeedback, 'promoters' | 'passives' | 'detractors'>
): string {
	const n = tally.promoters + tally.passives + tally.detractors;
	if (n === 0) return '';
	const tenths = roundedQuotient(1000 * (tally.promoters - tally.detractors), n);
	const abs = Math.abs(tenths);
	return `${tenths < 0 ? '-' : ''}${Math.floor(abs / 10)}.${abs % 10}`;
}

/**
 * The NPS export as cells: the header row, then the sections' rows in the order given (segments,
 * tiers, stages), one per group.
 * @example npsCsvRows([{ groupType: 'tier', keys: ['gold'], groups: [gold] }])
 * // with gold = 40 customers, 12 responses, 6 promoters, 4 passives, 2 detractors
 * // → [[…NPS_CSV_HEADER], ['tier', 'gold', '40', '12', '6', '4', '2', '33.3']]
 */
export function npsCsvRows(sections: readonly NpsCsvSection[]): string[][] {
	const rows: string[][] = [[...NPS_CSV_HEADER]];
	for (const { groupType, keys, groups } of sections) {
		groups.forEach((g, k) => {
			rows.push([
				groupType,
				keys[k],
				String(g.customers),
				String(g.promoters + g.passives + g.detractors),
				String(g.promoters),
				String(g.passives),
				String(g.detractors),
				formatNps(g)
			]);
		});
	}
	return rows;
}

/**
 * The NPS export as CSV text (no BOM; prepend `UTF8_BOM` when saving): keys through the
 * injection guard, counts and NPS written as plain numbers (a negative NPS stays a number).
 * @example npsCsv([{ groupType: 'stage', keys: ['new'], groups: [newStage] }])
 * // with newStage = 5 customers, 0 promoters, 1 passive, 1 detractor
 * // → 'group_type,group,…,nps\r\nstage,new,5,2,0,1,1,-50.0\r\n'
 */
export function npsCsv(sections: readonly NpsCsvSection[]): string {
	const [header, ...rows] = npsCsvRows(sections);
	return writeCsv(
		header,
		rows.map((row): CsvValue[] => [row[0], row[1], ...row.slice(2).map((decimal) => ({ decimal }))])
	);
}
