import { describe, expect, it } from 'vitest';
import type { GroupFeedback } from './groups';
import { NPS_CSV_HEADER, formatNps, npsCsv, npsCsvRows } from './nps-csv';

const group = (customers: number, p: number, pa: number, d: number): GroupFeedback => ({
	customers,
	responses: p + pa + d,
	promoters: p,
	passives: pa,
	detractors: d,
	satisfied: 0,
	neutral: 0,
	dissatisfied: 0,
	nps: p + pa + d ? (100 * (p - d)) / (p + pa + d) : null,
	csat: null,
	responseRate: 0,
	fewResponses: true
});

describe('formatNps', () => {
	it.each([
		[1, 6, 1, '0.0'],
		[2, 0, 1, '33.3'], // 33.33…
		[1, 0, 2, '-33.3'],
		[1, 78, 0, '1.3'], // 1.2658…
		[1, 79, 0, '1.3'], // 1.25 exactly: half away from zero
		[0, 79, 1, '-1.3'],
		[3, 0, 0, '100.0'],
		[0, 0, 4, '-100.0'],
		[0, 0, 0, '']
	])('P %i, Pa %i, D %i → %s', (promoters, passives, detractors, text) => {
		expect(formatNps({ promoters, passives, detractors })).toBe(text);
	});
});

describe('npsCsvRows', () => {
	it('writes the header, then segments, tiers and stages in order', () => {
		const rows = npsCsvRows([
			{
				groupType: 'segment',
				keys: ['champions', 'lost'],
				groups: [group(40, 6, 4, 2), group(9, 0, 0, 0)]
			},
			{ groupType: 'tier', keys: ['gold'], groups: [group(12, 1, 1, 1)] },
			{ groupType: 'stage', keys: ['new'], groups: [group(5, 0, 1, 1)] }
		]);
		expect(rows).toEqual([
			'group_type,group,customers,responses,promoters,passives,detractors,nps'.split(','),
			['segment', 'champions', '40', '12', '6', '4', '2', '33.3'],
			['segment', 'lost', '9', '0', '0', '0', '0', ''],
			['tier', 'gold', '12', '3', '1', '1', '1', '0.0'],
			['stage', 'new', '5', '2', '0', '1', '1', '-50.0']
		]);
		expect(NPS_CSV_HEADER.join(',')).toBe(
			'group_type,group,customers,responses,promoters,passives,detractors,nps'
		);
	});
});

describe('npsCsv', () => {
	it('keeps a negative NPS a number and guards a key that starts a formula', () => {
		const text = npsCsv([
			{ groupType: 'segment', keys: ['=cmd'], groups: [group(5, 0, 1, 1)] },
			{ groupType: 'tier', keys: ['gold'], groups: [group(3, 0, 0, 0)] }
		]);
		expect(text).toBe(
			'group_type,group,customers,responses,promoters,passives,detractors,nps\r\n' +
				"segment,'=cmd,5,2,0,1,1,-50.0\r\n" +
				'tier,gold,3,0,0,0,0,\r\n'
		);
	});
});
