/**
 * Parquet detection without the Parquet reader: hyparquet and its compressors are a large part of
 * the analysis worker's bundle, and only a Parquet import needs them, so the worker tells a
 * Parquet file by its magic bytes here and loads `./parquet` (a chunk of its own) only then.
 * A first visit, which never imports, no longer downloads and compiles them.
 */

/** The first bytes of every Parquet file (and its last four). */
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // PAR1

/**
 * True when a file starts with Parquet's magic bytes `PAR1`.
 * @example await isParquet(new Blob(['PAR1…'])) // → true
 */
export async function isParquet(file: Blob): Promise<boolean> {
	if (file.size < 12) return false;
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	return MAGIC.every((byte, i) => head[i] === byte);
}

/**
 * The file as delimited text (`asDelimitedText` of `./parquet`), loading the Parquet reader only
 * for a Parquet file.
 */
export async function delimitedText(file: File): Promise<File>;
export async function delimitedText(file: Blob): Promise<Blob>;
export async function delimitedText(file: Blob): Promise<Blob> {
	if (!(await isParquet(file))) return file;
	const { asDelimitedText } = await import('./parquet');
	return asDelimitedText(file);
}
