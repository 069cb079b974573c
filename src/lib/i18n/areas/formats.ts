/** Messages about file formats: Excel workbooks, text aligned with spaces, non-table files. */
export const formatsEn = {
	'formats.note':
		'Excel workbooks (.xlsx) are read too, one sheet at a time, and so are text files whose columns are aligned with spaces.',
	'formats.sheet': 'Sheet',
	'formats.sheetHidden': '{name} (hidden)',
	'formats.sheetHint':
		'This workbook has {count} sheets; the table is read from the one chosen here.',
	'formats.whitespace':
		'Columns aligned with spaces: each run of spaces separates two columns ({fields} in all).',
	'formats.whitespaceNamed':
		'Columns aligned with spaces, no header line: the {fields} columns are named {names}.',
	'import.msg.file_xls':
		'This is an Excel 97–2003 .xls workbook (or a password-protected one), which Strata cannot read. In Excel, save it as .xlsx or CSV, then import that file.',
	'import.msg.file_ods':
		'This is an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV (in LibreOffice: File › Save As), then import that file.',
	'import.msg.file_gzip':
		'This is a gzip-compressed file (.gz). Unpack it first and choose the CSV file inside.',
	'import.msg.file_sqlite':
		'This is a SQLite database, not a table. Export the table you need as a CSV file.',
	'import.msg.file_media': 'This is an audio or video file, not a table.'
} as const;

export const formatsZh: Record<keyof typeof formatsEn, string> = {
	'formats.note': '也支持 Excel 工作簿（每次读取其中一个工作表）和以空格对齐各列的文本文件。',
	'formats.sheet': '工作表',
	'formats.sheetHidden': '{name}（已隐藏）',
	'formats.sheetHint': '该工作簿共有 {count}\u00a0个工作表，将读取此处选定的工作表。',
	'formats.whitespace': '各列以空格对齐：每段连续空格视为一个列分隔，共 {fields}\u00a0列。',
	'formats.whitespaceNamed': '各列以空格对齐，没有表头行：{fields}\u00a0列依次命名为 {names}。',
	'import.msg.file_xls':
		'这是 Excel 97–2003 格式的旧版工作簿（或设有打开密码的工作簿），Strata 无法读取。请在 Excel 中另存为“Excel 工作簿”或 CSV，再导入另存的文件。',
	'import.msg.file_ods':
		'这是 OpenDocument 电子表格。请另存为 Excel 工作簿或 CSV（LibreOffice 中选择“文件 › 另存为”），再导入另存的文件。',
	'import.msg.file_gzip': '这是 gzip 压缩文件。请先解压，再选择其中的 CSV 文件。',
	'import.msg.file_sqlite': '这是 SQLite 数据库，不是表格。请把需要的表导出为 CSV 文件。',
	'import.msg.file_media': '这是音频或视频文件，不是表格。'
};
