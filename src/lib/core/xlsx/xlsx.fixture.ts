/**
 * Builds small .xlsx workbooks in tests from XML strings (no binary fixtures in the repo): every
 * part a real workbook has, zipped with fflate.
 */
import { strToU8, zipSync } from 'fflate';

/** One cell as the sheet XML writes it. */
export type FixtureCell =
	| { s: string } // shared string
	| { inline: string } // inline string
	| { n: number; style?: number } // number, optionally with a cell style index
	| { formula: string } // a formula's cached string (t="str")
	| { raw: string } // the XML of the cell's inside, with its attributes in `attrs`
	| null;

export interface FixtureSheet {
	name: string;
	rows: FixtureCell[][];
	hidden?: boolean;
	/** Sheet row number of the first row (1 by default). */
	firstRow?: number;
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnName = (i: number): string =>
	i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + columnName(i % 26);

/**
 * An .xlsx with the given sheets. Style 1 is a built-in date (numFmtId 14), style 2 a custom
 * Chinese date format, style 3 a number with two decimals.
 */
export function buildXlsx(
	sheets: FixtureSheet[],
	options: { date1904?: boolean } = {}
): Uint8Array {
	const shared: string[] = [];
	const sharedIndex = new Map<string, number>();
	const sheetXml = sheets.map((sheet) => {
		const first = sheet.firstRow ?? 1;
		const rows = sheet.rows
			.map((cells, r) => {
				const rowNumber = first + r;
				const xml = cells
					.map((cell, c) => {
						const ref = `${columnName(c)}${rowNumber}`;
						if (cell === null) return '';
						if ('s' in cell) {
							let index = sharedIndex.get(cell.s);
							if (index === undefined) {
								index = shared.push(cell.s) - 1;
								sharedIndex.set(cell.s, index);
							}
							return `<c r="${ref}" t="s"><v>${index}</v></c>`;
						}
						if ('inline' in cell) {
							return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell.inline)}</t></is></c>`;
						}
						if ('formula' in cell) {
							return `<c r="${ref}" t="str"><f>A1</f><v>${escape(cell.formula)}</v></c>`;
						}
						if ('raw' in cell) return `<c r="${ref}" ${cell.raw}</c>`;
						return `<c r="${ref}"${cell.style ? ` s="${cell.style}"` : ''}><v>${cell.n}</v></c>`;
					})
					.join('');
				return `<row r="${rowNumber}">${xml}</row>`;
			})
			.join('');
		return (
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
			'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
			'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
			`<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="3" width="12"/></cols><sheetData>${rows}</sheetData><rowBreaks count="0"/></worksheet>`
		);
	});
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>` +
				sheets
					.map(
						(sheet, i) =>
							`<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`
					)
					.join('') +
				'</sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				sheets
					.map(
						(_, i) =>
							`<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
					)
					.join('') +
				`<Relationship Id="rId99" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(
			'<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
				'<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
				'<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs></styleSheet>'
		)
	};
	sheetXml.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
	files['xl/sharedStrings.xml'] = strToU8(
		`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">` +
			shared.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('') +
			'</sst>'
	);
	return zipSync(files);
}
