import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readRecords, uniqueHeader } from './record-texts';
import { RecordScanner } from './records';
import { sharedData } from '../../../../tests/shared-data';

describe('readRecords', () => {
	it.each([
		[
			'LF',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'CRLF',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'CR only',
			'a,b\r1,2\r',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'no final newline',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'blank lines skipped, counted',
			'a,b\n\n\r\n1,2\n,\n3,4',
			[
				['a', 'b'],
				['1', '2'],
				['3', '4']
			],
			[1, 4, 6]
		],
		['quoted delimiter', 'a,"b,c"\n', [['a', 'b,c']], [1]],
		['escaped quotes', '"a ""q"" b",c\n', [['a "q" b', 'c']], [1]],
		[
			'embedded newlines',
			'"x\ny",1\n"p\r\nq",2\n',
			[
				['x\ny', '1'],
				['p\r\nq', '2']
			],
			[1, 3]
		],
		['empty quoted', 'a,"",""\n', [['a', '', '']], [1]],
		['only empty fields: blank', '"",""\n , \nx\n', [['x']], [3]],
		['text after closing quote', '"ab"cd,e\n', [['abcd', 'e']], [1]],
		['unclosed quote runs to the end', 'a,"b\nc', [['a', 'b\nc']], [1]],
		['ragged', 'a,b,c\n1\n1,2,3,4\n', [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']], [1, 2, 3]],
		['quote inside unquoted field is literal', 'a b"c,d\n', [['a b"c', 'd']], [1]]
	])('%s', (_, text, rows, lines) => {
		const result = readRecords(text, ',');
		expect(result.rows).toEqual(rows);
		expect(result.lines).toEqual(lines);
	});

	it('leaves a record that may continue for later when the text is not final', () => {
		expect(readRecords('a,b\n1,"2\n3', ',', { final: false })).toEqual({
			rows: [['a', 'b']],
			lines: [1],
			end: 4
		});
		// A trailing CR may be the first half of CRLF.
		expect(readRecords('a,b\r', ',', { final: false }).rows).toEqual([]);
		// A closing quote at the very end may be the first half of "".
		expect(readRecords('"a"', ',', { final: false }).rows).toEqual([]);
	});
});

describe('RecordScanner', () => {
	it('gives trimmed values and ranges, and empty past a short record', () => {
		const scanner = new RecordScanner(';', 3);
		const text = ' a ;"b""c" ;\u3000d\u00a0;e\n';
		expect(scanner.scan(text, 0, true)).toBe(text.length);
		expect(scanner.fieldCount).toBe(4);
		expect([0, 1, 2, 3].map((i) => scanner.value(i))).toEqual(['a', 'b"c', 'd', '']);
		expect(scanner.raw(0)).toBe(' a ');
		expect(scanner.isBlank()).toBe(false);
	});
});

describe('detectDelimiter', () => {
	it.each([
		['comma', 'a,b,c\n1,2,3\n4,5,6\n', ',', 3],
		['semicolon with decimal commas', 'a;b;c\n1,5;2;3\n4,5;5;6,7\n', ';', 3],
		['tab', 'a\tb\n1\t2\n', '\t', 2],
		['pipe', 'a|b|c\n1|2|3\n', '|', 3],
		['quoted delimiters do not count', 'a;b\n"x,y,z";1\n"p,q,r";2\n', ';', 2],
		['Excel trailing newline and blank lines', 'a;b\r\n1;2\r\n\r\n3;4\r\n\r\n', ';', 2],
		['ragged rows: the most common count wins', 'a,b,c\n1,2,3\n1,2\n1,2,3\n', ',', 3]
	])('%s', (_, text, delimiter, fieldCount) => {
		expect(detectDelimiter(text)).toMatchObject({ delimiter, fieldCount });
	});

	it('a single column falls back to comma with one field', () => {
		expect(detectDelimiter('name\nalice\nbob\n')).toEqual({
			delimiter: ',',
			fieldCount: 1,
			consistency: 0
		});
	});
});

describe('uniqueHeader', () => {
	it.each([
		[
			['amount', '', 'amount'],
			['amount', 'Column 2', 'amount (2)']
		],
		[
			[' id ', 'id', 'id'],
			['id', 'id (2)', 'id (3)']
		],
		[
			['a', 'a', 'a (2)'],
			['a', 'a (3)', 'a (2)']
		],
		[
			['', ''],
			['Column 1', 'Column 2']
		]
	])('%j → %j', (names, expected) => {
		expect(uniqueHeader(names)).toEqual(expected);
	});
});

const { path: SPECTRUM, present: spectrum } = sharedData('csv-spectrum');
if (!spectrum) console.warn(`SKIPPED csv-spectrum tests: ${SPECTRUM} is absent`);

describe.skipIf(!spectrum)('csv-spectrum', () => {
	// location_coordinates is a broken fixture (see its SOURCE.md): its JSON is not the CSV's.
	const names = spectrum
		? readdirSync(`${SPECTRUM}/csvs`)
				.map((file) => file.replace(/\.csv$/, ''))
				.filter((name) => name !== 'location_coordinates')
		: [];

	it.each(names)('%s matches its expected JSON', (name) => {
		const text = readFileSync(`${SPECTRUM}/csvs/${name}.csv`, 'utf8');
		const expected = JSON.parse(readFileSync(`${SPECTRUM}/json/${name}.json`, 'utf8'));
		const [header, ...rows] = readRecords(text, detectDelimiter(text).delimiter).rows;
		const objects = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
		expect(objects).toEqual(expected);
	});

	it('reads all 11 usable cases, the CRLF ones really with CRLF', () => {
		expect(names).toHaveLength(11);
		expect(readFileSync(`${SPECTRUM}/csvs/simple_crlf.csv`, 'utf8')).toContain('\r\n');
	});
});
