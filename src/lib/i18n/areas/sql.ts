/** Messages of "Run it in your warehouse" on the Settings page (`ui/WarehouseSql.svelte`). */
export const sqlEn = {
	'sql.title': 'Run it in your warehouse',
	'sql.intro':
		'One SQL statement that computes, on your full order history in your own database, exactly the scores, segment, member tier and lifecycle stage Strata shows — for the settings on this page. Schedule it nightly and join the result to your CRM.',
	'sql.input':
		'Input: a table {table}, one row per order line, amounts net of returns (returns negative); where the order id is empty ({null}), a customer’s lines of one day make one order. Output: one row per customer with a purchase, with the column names of the customer export.',
	'sql.dialect': 'Database',
	'sql.dialect.duckdb': 'DuckDB',
	'sql.dialect.postgres': 'PostgreSQL',
	'sql.dialect.bigquery': 'BigQuery',
	'sql.dialect.spark': 'Spark SQL',
	'sql.note.duckdb':
		'Checked customer by customer against Strata in DuckDB {version}. Save the result with {save}.',
	'sql.note.postgres':
		'Checked customer by customer against Strata in PostgreSQL {version} (PGlite). Give {column} as a {date} or a {timestamp}: a {timestamptz} becomes a date in the session’s time zone. Save the result with {save}.',
	'sql.note.bigquery':
		'Replace {table} with {qualified}. A {timestamp} {column} becomes its UTC date; write {local} for your local day. Money is {numeric} (exact). Differs from the checked DuckDB statement only in {functions}. Export with {save}.',
	'sql.note.spark':
		'Spark {version} SQL ({api} or Databricks). Register your data as the view {table} first. Ranking all customers runs in one task (Spark warns about it); fine up to tens of millions of customers. Differs from the checked DuckDB statement only in {functions}. Save with {save}.',
	'sql.copy': 'Copy SQL',
	'sql.copied': 'Copied.',
	'sql.copyFailed': 'The browser refused to copy: select the text and copy it yourself.',
	'sql.download': 'Download .sql',
	'sql.textLabel': 'SQL for {dialect}',
	'sql.unavailable': 'The SQL appears once the settings above are valid.',
	'sql.import':
		'Bringing the result back: import the output file (CSV or Parquet) on the Import page; Strata recognises its columns and shows the scores, segments, tiers and stages as they are, without recomputing them.'
};

export const sqlZh: Record<keyof typeof sqlEn, string> = {
	'sql.title': '在数据仓库中运行',
	'sql.intro':
		'一条 SQL 语句，在你自己的数据库里基于全量订单历史，按本页设置算出与 Strata 完全一致的 R、F、M 评分、客群、会员等级和生命周期阶段。可每晚定时运行，再把结果关联到 CRM 中使用。',
	'sql.input':
		'输入：表 {table}，每行一条订单明细，金额为扣除退货后的净额（退货为负数）；订单号为空（{null}）时，同一客户同一天的明细算作一笔订单。输出：每位有购买的客户一行，列名与客户明细导出文件相同。',
	'sql.dialect': '数据库',
	'sql.dialect.duckdb': 'DuckDB',
	'sql.dialect.postgres': 'PostgreSQL',
	'sql.dialect.bigquery': 'BigQuery',
	'sql.dialect.spark': 'Spark SQL',
	'sql.note.duckdb': '已在 DuckDB {version} 中与 Strata 逐个客户核对一致。保存结果：{save}。',
	'sql.note.postgres':
		'已在 PostgreSQL {version}（PGlite）中与 Strata 逐个客户核对一致。{column} 请使用 {date} 或 {timestamp} 类型：{timestamptz} 会按会话时区转换为日期。保存结果：{save}。',
	'sql.note.bigquery':
		'请把 {table} 替换为 {qualified}。{timestamp} 类型的 {column} 按 UTC 取日期；如需按本地日期，请写 {local}。金额使用 {numeric}（精确小数）。与已核对的 DuckDB 语句相比，仅 {functions} 的写法不同。导出：{save}。',
	'sql.note.spark':
		'Spark {version} SQL（{api} 或 Databricks）。请先把数据注册为视图 {table}。对全部客户的排名在单个任务中完成（Spark 会给出警告），数千万客户以内没有问题。与已核对的 DuckDB 语句相比，仅 {functions} 的写法不同。保存：{save}。',
	'sql.copy': '复制 SQL',
	'sql.copied': '已复制。',
	'sql.copyFailed': '浏览器不允许复制，请手动选中文本后复制。',
	'sql.download': '下载 SQL 文件',
	'sql.textLabel': '{dialect} 版 SQL',
	'sql.unavailable': '上方设置有效后即显示 SQL。',
	'sql.import':
		'把结果带回 Strata：在“导入数据”页导入输出文件（CSV 或 Parquet），Strata 会识别这些列，按原样展示评分、客群、会员等级和生命周期阶段，不会重新计算。'
};
