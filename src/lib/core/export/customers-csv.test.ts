import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar';
import { analyzeOrders } from '../analytics/analyze';
import { orderTable } from '../analytics/order-table.fixture';
import { DEFAULT_SETTINGS } from '../analytics/types';
import {
	CUSTOMERS_CSV_HEADER,
	customersCsv,
	formatCents,
	roundedQuotient,
	textCell
} from './customers-csv';

const d = dayFromYmd;
// 0: two purchases 2024-01-05 (+10.00) and 2024-03-01 (+15.55) → M 25.55, AOV 12.775 → 12.78
// 1: +0.05 on 2024-03-01, then −20.00 on 2024-03-01 → M −19.95, F 1
// 2: returns only → not exported; 3: +1 234 567.89 on 2024-02-10
const result = analyzeOrders(
	orderTable([
		[0, d(2024, 1, 5), 1000],
		[0, d(2024, 3, 1), 1555],
		[1, d(2024, 3, 1), 5],
		[1, d(2024, 3, 1), -2000],
		[2, d(2024, 2, 1), -700],
		[3, d(2024, 2, 10), 123456789]
	]),
	4,
	DEFAULT_SETTINGS
);
const ids = ['C-1', '=HYPERLINK("x")', 'ignored', 'Lee, Jo'];

describe('customersCsv', () => {
	it('has exactly the agreed header', () => {
		expect(CUSTOMERS_CSV_HEADER).toBe(
			'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,average_order_value,r_score,f_score,m_score,fm_score,segment,segment_label,tier,tier_label,lifecycle_stage,lifecycle_label'
		);
		expect(customersCsv(result, ids, 'en').split('\r\n')[0]).toBe(CUSTOMERS_CSV_HEADER);
	});

	it('writes one row per scored customer with keys and English labels', () => {
		// n = 3, score = 1 + floor(5 × below / 3).
		// Recency 0, 0, 20 → below 1, 1, 0 → R 2, 2, 1. Frequency 2, 1, 1 → below 2, 0, 0 → F 4, 1, 1.
		// M 2555, −1995, 123456789 → below 1, 0, 2 → M 2, 1, 4. FM ceil(6/2) = 3, 1, ceil(5/2) = 3.
		// Grid: (2,3) at_risk; (2,1) hibernating; (1,3) at_risk.
		// Tiers by monetary, below / n = 1/3, 0, 2/3 → regular, regular, silver.
		// Stages (A 90, W 180): repeat, new, new.
		expect(customersCsv(result, ids, 'en').split('\r\n')).toEqual([
			CUSTOMERS_CSV_HEADER,
			'C-1,2024-01-05,2024-03-01,0,2,25.55,12.78,2,4,2,3,at_risk,At risk,regular,Regular,repeat,Repeat',
			'"\'=HYPERLINK(""x"")",2024-03-01,2024-03-01,0,1,-19.95,-19.95,2,1,1,1,hibernating,Hibernating,regular,Regular,new,New',
			'"Lee, Jo",2024-02-10,2024-02-10,20,1,1234567.89,1234567.89,1,1,4,3,at_risk,At risk,silver,Silver,new,New',
			''
		]);
	});

	it('writes Chinese labels and keeps keys stable', () => {
		const lines = customersCsv(result, ids, 'zh').split('\r\n');
		expect(lines[1].split(',').slice(11)).toEqual([
			'at_risk',
			'流失风险客户',
			'regular',
			'普通会员',
			'repeat',
			'成长期'
		]);
	});

	it('exports a filtered list in display order, skipping unscored customers', () => {
		const csv = customersCsv(result, ids, 'en', [3, 2, 0]);
		expect(csv.split('\r\n').map((line) => line.slice(0, 9))).toEqual([
			'customer_',
			'"Lee, Jo"',
			'C-1,2024-',
			''
		]);
		expect(customersCsv(result, ids, 'en', [])).toBe(CUSTOMERS_CSV_HEADER + '\r\n');
	});

	it('matches its JSDoc example', () => {
		const one = analyzeOrders(
			orderTable([
				[0, d(2024, 1, 5), 1000],
				[0, d(2024, 3, 1), 1555]
			]),
			1,
			DEFAULT_SETTINGS
		);
		expect(customersCsv(one, ['C1'], 'en')).toBe(
			CUSTOMERS_CSV_HEADER +
				'\r\nC1,2024-01-05,2024-03-01,0,2,25.55,12.78,1,1,1,1,lost,Lost,regular,Regular,repeat,Repeat\r\n'
		);
	});
});

describe('cells', () => {
	it.each([
		[0, '0.00'],
		[7, '0.07'],
		[-7, '-0.07'],
		[1250, '12.50'],
		[-1250, '-12.50'],
		[123456789, '1234567.89'],
		[-100, '-1.00'],
		[9007199254740991, '90071992547409.91']
	])('formatCents(%d) = %s', (cents, text) => expect(formatCents(cents)).toBe(text));

	it.each([
		[1000, 3, 333],
		[2555, 2, 1278],
		[-2555, 2, -1278],
		[5, 2, 3],
		[-5, 2, -3],
		[7, 7, 1],
		[9007199254740991, 3, 3002399751580330]
	])('roundedQuotient(%d, %d) = %d', (a, b, q) => expect(roundedQuotient(a, b)).toBe(q));

	it.each([
		['plain', 'plain'],
		['=1+2', "'=1+2"],
		['+49 30', "'+49 30"],
		['-5', "'-5"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', '"\'\rx"'],
		['\nx', '"\'\nx"'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['=a,"b"', '"\'=a,""b"""'],
		['x=1', 'x=1'],
		['客户', '客户']
	])('textCell(%j) = %j', (input, output) => expect(textCell(input)).toBe(output));
});
