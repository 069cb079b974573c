/**
 * Write the demo shop's data as a CSV file of any size, for tests and benchmarks.
 *
 *   npm run gen -- --rows 1000000 --out file.csv
 *   npm run gen -- --customers 4000 --seed 7 --format simple --out demo.csv
 *
 * --rows N       stop after exactly N data rows; without --customers the number of customers
 *                grows until the file reaches N rows
 * --customers N  number of customers (default 4,000 when --rows is not given)
 * --seed S       PRNG seed (default 20251231)
 * --format F     uci (UCI Online Retail columns, default), simple or shop (e-mail ids, quoted
 *                product names, quantity × unit price)
 * --out PATH     output file; '-' or no --out writes to standard output
 * Statistics go to standard error when writing to standard output.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeDemoCsv } from '../src/lib/core/demo/csv';
import type { DemoCsvFormat } from '../src/lib/core/demo/csv';
import type { DemoOptions } from '../src/lib/core/demo/stream';

interface GenArguments {
	options: DemoOptions;
	format: DemoCsvFormat;
	out: string;
}

function parseArguments(argv: string[]): GenArguments {
	const options: DemoOptions = {};
	let format: DemoCsvFormat = 'uci';
	let out = '-';
	const integer = (flag: string, text: string | undefined) => {
		const value = Number(text?.replace(/_/g, ''));
		if (!Number.isInteger(value) || value < 0) fail(`${flag} needs a non-negative integer`);
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[i + 1];
		if (flag === '--rows') options.rows = integer(flag, value);
		else if (flag === '--customers') options.customers = integer(flag, value);
		else if (flag === '--seed') options.seed = integer(flag, value);
		else if (flag === '--format') {
			if (value !== 'uci' && value !== 'simple' && value !== 'shop')
				fail('--format is uci, simple or shop');
			format = value;
		} else if (flag === '--out') {
			if (!value) fail('--out needs a path');
			out = value;
		} else if (flag === '--help' || flag === '-h') {
			console.log(
				'usage: npm run gen -- [--rows N] [--customers N] [--seed S] [--format uci|simple|shop] [--out PATH]'
			);
			process.exit(0);
		} else fail(`unknown argument ${flag}`);
		i++;
	}
	return { options, format, out };
}

/** Write all of a text, looping over partial writes (a piped standard output may take less). */
function writeAll(fd: number, text: string): number {
	const bytes = Buffer.from(text);
	let offset = 0;
	while (offset < bytes.length) {
		try {
			offset += writeSync(fd, bytes, offset);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
		}
	}
	return bytes.length;
}

function fail(message: string): never {
	console.error(`gen: ${message} (try --help)`);
	process.exit(2);
}

const { options, format, out } = parseArguments(process.argv.slice(2));
const started = performance.now();
const fd = out === '-' ? 1 : openSync(out, 'w');
let bytes = 0;
const summary = writeDemoCsv(options, format, (block) => {
	bytes += writeAll(fd, block);
});
if (fd !== 1) closeSync(fd);
const seconds = (performance.now() - started) / 1000;

const report = [
	`rows ${summary.rows.toLocaleString('en')}`,
	`customers ${summary.customers.toLocaleString('en')}`,
	`orders ${summary.orders.toLocaleString('en')}`,
	`bytes ${bytes.toLocaleString('en')} (${(bytes / 1e6).toFixed(1)} MB)`,
	`seconds ${seconds.toFixed(2)}`
].join(', ');
if (fd === 1) console.error(report);
else console.log(`${out}: ${report}`);
