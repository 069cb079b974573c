/**
 * What the import core and the worker tell the page: a code with parameters, never a sentence.
 * The page renders each code in the user's language (`import.msg.<code>` in the i18n catalogs);
 * `field` is a column role (`customerId`, …) that the page names with its own label, and
 * `params.column` a header exactly as the file writes it.
 */

export const IMPORT_MESSAGE_CODES = [
	// What the first bytes say the file is, when it is not a table of text.
	'file_image',
	'file_pdf',
	'file_excel',
	'file_word',
	'file_archive',
	'file_json',
	'file_markup',
	'file_binary',
	'file_empty',
	'file_xls',
	'file_ods',
	'file_gzip',
	'file_sqlite',
	'file_media',
	// The column mapping.
	'role_not_mapped',
	'amount_not_mapped',
	'summary_date_not_mapped',
	'column_not_in_file',
	'attribute_not_in_file',
	'recency_needs_as_of',
	// Headers that look like text decoded with the wrong encoding.
	'header_mojibake',
	'header_double_encoded',
	// The browser's database was closed or upgraded by another tab while this one wrote to it.
	'storage_closed',
	// Anything else that stopped a read (an unexpected error: `params.name` is its type).
	'read_failed',
	// Appending to a dataset (`worker/append.ts`): the file's kind is not the dataset's
	// (`params.file`, `params.dataset`: transactions or customer_summary), customer summaries
	// cannot be appended, the dataset changed (another tab) while the file was read.
	'append_kind_mismatch',
	'append_summary',
	'dataset_changed'
] as const;

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number];

export interface ImportMessage {
	code: ImportMessageCode;
	/** The column role the message is about, when there is one. */
	field?: string;
	params: Record<string, string | number>;
}

/**
 * An error that carries an import message; the worker turns it into its message for the page.
 * @example new ImportError({ code: 'file_pdf', params: {} }).problem.code // → 'file_pdf'
 */
export class ImportError extends Error {
	readonly problem: ImportMessage;
	constructor(problem: ImportMessage) {
		super(problem.code);
		this.name = 'ImportError';
		this.problem = problem;
	}
}

/**
 * The message of anything thrown while reading a file: its own when it is an `ImportError`,
 * `storage_closed` when another tab closed the database, else `read_failed` with the error's type
 * name (never its English text).
 * @example messageOfError(new RangeError('x')) // → { code: 'read_failed', params: { name: 'RangeError' } }
 */
export function messageOfError(error: unknown): ImportMessage {
	if (error instanceof ImportError) return error.problem;
	const name = error instanceof Error ? error.name : typeof error;
	// Dexie's names (matched as text: core does not import Dexie) for a connection another tab
	// closed, by deleting the database or opening a newer version of it.
	if (['DatabaseClosedError', 'VersionChangeError', 'VersionError'].includes(name)) {
		return { code: 'storage_closed', params: {} };
	}
	return { code: 'read_failed', params: { name } };
}
