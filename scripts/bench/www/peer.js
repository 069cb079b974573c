// The peer: DuckDB-wasm, single-threaded 'eh' bundle, served from node_modules (no CDN).
// runPeer() times three phases — start (worker, wasm, connection), load (read_csv_auto into a
// table) and query (RFM with NTILE scores, materialized as Arrow) — and returns them in seconds.
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const dist = new URL('/node_modules/@duckdb/duckdb-wasm/dist/', location.href).href;

// Per file shape: the columns, and the timestamp format. The UCI dates look like 12/1/2010 8:26,
// the shop's like 2024-01-01 02:25:00; with the format given, read_csv_auto types the date
// column as TIMESTAMP while loading, as Strata parses dates while importing.
const SHAPES = {
	uci: {
		format: '%m/%d/%Y %H:%M',
		customer: 'CustomerID',
		invoice: 'InvoiceNo',
		date: 'InvoiceDate',
		quantity: 'Quantity',
		price: 'UnitPrice'
	},
	shop: {
		format: '%Y-%m-%d %H:%M:%S',
		customer: '"Email"',
		invoice: '"Order ID"',
		date: '"Created At"',
		quantity: '"Quantity"',
		price: '"Unit Price"'
	}
};

// Invoice numbers are text (returns start with C), which a sample of the first rows may not show.
const load = (shape) => `CREATE TABLE lines AS
	SELECT * FROM read_csv_auto('lines.csv', timestampformat = '${shape.format}',
		types = {'${shape.invoice.replaceAll('"', '')}': 'VARCHAR'})`;

// Orders follow Strata's definition: one customer's rows with one invoice; a purchase is an
// order with a positive total. Recency, frequency and monetary per customer, then quintiles.
const rfm = (shape) => `WITH orders AS (
	SELECT ${shape.customer} AS customer, ${shape.invoice} AS invoice,
		min(${shape.date})::DATE AS day, sum(${shape.quantity} * ${shape.price}) AS amount
	FROM lines
	WHERE ${shape.customer} IS NOT NULL
	GROUP BY ${shape.customer}, ${shape.invoice}
), customers AS (
	SELECT customer,
		max(day) FILTER (WHERE amount > 0) AS last_purchase_day,
		count(*) FILTER (WHERE amount > 0) AS frequency,
		sum(amount) AS monetary
	FROM orders
	GROUP BY customer
	HAVING count(*) FILTER (WHERE amount > 0) > 0
), scored AS (
	SELECT *, (SELECT max(last_purchase_day) FROM customers) - last_purchase_day AS recency_days
	FROM customers
)
SELECT *,
	NTILE(5) OVER (ORDER BY recency_days DESC) AS r_score,
	NTILE(5) OVER (ORDER BY frequency) AS f_score,
	NTILE(5) OVER (ORDER BY monetary) AS m_score
FROM scored`;

window.runPeer = async (shapeName = 'uci') => {
	const shape = SHAPES[shapeName];
	const file = document.querySelector('#file').files[0];
	if (!file) throw new Error('no file chosen');
	const t0 = performance.now();
	// duckdb-browser-eh.worker.js, wrapped to report its WebAssembly memory (see peer.worker.js).
	const worker = new Worker('peer.worker.js', { name: 'bench-duckdb' });
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(`${dist}duckdb-eh.wasm`);
	const conn = await db.connect();
	const t1 = performance.now();
	await db.registerFileHandle(
		'lines.csv',
		file,
		duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
		true
	);
	await conn.query(load(shape));
	const t2 = performance.now();
	const scores = await conn.query(rfm(shape));
	const t3 = performance.now();

	// Checks, outside the timings: what was loaded, and how.
	const rows = Number((await conn.query('SELECT count(*) AS n FROM lines')).get(0).n);
	const types = (await conn.query('DESCRIBE lines'))
		.toArray()
		.map((column) => `${column.column_name}:${column.column_type}`)
		.join(' ');
	const version = await db.getVersion();
	const wasmBytes = await new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data);
		worker.postMessage({ benchWasmBytes: channel.port2 }, [channel.port2]);
	});
	await conn.close();
	await db.terminate();
	return {
		startSeconds: (t1 - t0) / 1000,
		loadSeconds: (t2 - t1) / 1000,
		querySeconds: (t3 - t2) / 1000,
		rows,
		customers: scores.numRows,
		types,
		version,
		wasmBytes
	};
};

window.peerReady = true;
