/**
 * The CSV import core: bytes in, line chunks, dictionaries and a validation report out.
 * See README.md in this folder for the rules it follows.
 */
export {
	createImporter,
	importBytes,
	importOptionsFromSniff,
	sniffFile,
	sniffTail,
	PREVIEW_ROWS
} from './importer';
export type {
	FileSniff,
	ImportOptions,
	ImportProgress,
	ImportResult,
	Importer,
	SniffOverrides
} from './importer';
export {
	centsOfBig,
	centsOfUnits,
	DecimalReader,
	detectDecimalSeparator,
	lineCents,
	parseAmountCents,
	parseDecimal
} from './amounts';
export type { Decimal, DecimalSeparator, DecimalSeparatorGuess } from './amounts';
export {
	DateReader,
	DEFAULT_DATE_FORMAT,
	dayFromExcelSerial,
	detectDateFormat,
	parseDay
} from './dates';
export type { DateFormat, DateFormatGuess, DateShape, DayOrder } from './dates';
export {
	createDecoder,
	decodeText,
	detectEncoding,
	ENCODINGS,
	isPlausibleGb18030,
	isUtf8
} from './encoding';
export type { Encoding, EncodingGuess, EncodingReason } from './encoding';
export { LineBuilder } from './lines';
export type { BuiltLines } from './lines';
export {
	guessSummaryMapping,
	guessTransactionMapping,
	mappingProblems,
	normaliseHeader
} from './mapping';
export type {
	ColumnGuess,
	ColumnMapping,
	MappingGuess,
	MatchReason,
	Preset,
	SummaryGuess,
	SummaryMapping,
	SummaryRole,
	TransactionGuess,
	TransactionMapping,
	TransactionRole
} from './mapping';
export { DELIMITERS, RecordScanner } from './records';
export type { Delimiter } from './records';
export { detectDelimiter, excelSepLine, readRecords, uniqueHeader } from './record-texts';
export type { DelimiterGuess, RecordList } from './record-texts';
export { rejectedRowsCsv, SKIP_REASONS, SUSPICIOUS_GAP_YEARS } from './report';
export type {
	ImportReport,
	RejectedRows,
	SkipCount,
	SkipExample,
	SkipReason,
	SuspiciousDates
} from './report';
export { detectFileKind, utf16WithoutBom } from './file-kind';
export type { FileKindCode } from './file-kind';
export { headerEncodingHint } from './header-encoding';
export { IMPORT_MESSAGE_CODES, ImportError, messageOfError } from './messages';
export type { ImportMessage, ImportMessageCode } from './messages';
export { MAX_SUMMARY_FREQUENCY, summaryLines } from './summary';
export {
	MAX_STATUS_VALUES,
	NOT_A_SALE_STATUSES,
	netCents,
	normaliseStatus,
	statusCounts,
	statusCountsByDefault,
	StatusTally
} from './status';
export type { StatusCount } from './status';
export { ID_TYPES, normaliseEmail, normaliseId, normalisePhone } from './id-types';
export type { IdType } from './id-types';
export { addressFirstPart } from './address';
export type { SummaryLines } from './summary';
