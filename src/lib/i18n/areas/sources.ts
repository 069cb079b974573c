/** Messages of appending to a dataset and of sources (channels), issue 13. */
export const sourcesEn = {
	'report.reason.already_in_dataset': 'Already in the dataset',
	'import.msg.append_kind_mismatch':
		'This dataset holds transactions, but the file is set up as a customer summary. Only transactions (orders or order lines) can be added to it: change the file type above, or import the file as a new dataset.',
	'import.msg.append_summary':
		'Lines can only be added to a dataset of transactions, and this one holds customer summaries or scored customers: import this file as a new dataset instead.',
	'import.msg.dataset_changed':
		'The dataset changed in another tab while this file was read. Nothing was added; try again.',
	'import.source': 'Source (channel)',
	'import.sourceHelp':
		'Every line of this file is tagged with this name (e.g. Tmall flagship store, Shop POS), so that segments, tiers and customers can be split by source.',
	'import.append.note':
		'The file’s lines are added to “{name}”. Orders the dataset already holds (same customer and order id; without order ids, the same customer and day) are skipped as “already in the dataset”, so an overlapping export never counts twice.',
	'import.append.kindMismatch':
		'This dataset holds customer summaries: nothing can be added to it. Choose “A new dataset”.',
	'import.append.fileKind':
		'The dataset holds transactions, but this file is set up as a customer summary: set the file type to transactions to add it.',
	'sources.title': 'Sources',
	'sources.caption': 'Sources (channels) of {name}',
	'sources.name': 'Source',
	'sources.rows': 'Rows',
	'sources.dates': 'Dates',
	'sources.customers': 'Customers',
	'sources.remove': 'Remove',
	'sources.removeLabel': 'Remove the source {source} from {name}',
	'sources.confirmRemove':
		'Remove every line of “{source}” from “{name}”? Customers who bought only from this source leave the dataset. This cannot be undone.',
	'sources.removed': 'Removed {source}: {rows, plural, one {#\u00a0line} other {#\u00a0lines}}.',
	'sources.removeFailed.last_source':
		'The last source of a dataset cannot be removed: delete the dataset instead.',
	'sources.removeFailed.unknown_source': 'This source is no longer in the dataset.',
	'sources.none': 'Imported before Strata kept sources: all its lines count as one source, {file}.',
	'sources.filter': 'Source',
	'sources.filter.all': 'All sources',
	'sources.chip': 'Source: {source}',
	'sources.mix.title': 'Channel mix',
	'sources.mix.single': 'Single-channel customers',
	'sources.mix.multi': 'Multi-channel customers',
	'sources.mix.share': '{share} of customers',
	'sources.split.segments':
		'Segments by source: customers of each source in each segment (a customer of several sources counts in each)',
	'sources.split.tiers':
		'Tiers by source: customers of each source in each tier (a customer of several sources counts in each)',
	'sources.split.segment': 'Segment',
	'sources.split.tier': 'Tier',
	'sources.split.cell': '{count} ({share})'
} as const;

export const sourcesZh: Record<keyof typeof sourcesEn, string> = {
	'report.reason.already_in_dataset': '数据集中已存在',
	'import.msg.append_kind_mismatch':
		'该数据集存放的是交易明细，而这个文件被设为客户汇总。只能向它追加交易明细（订单或订单明细）：请在上方把文件类型改为交易明细，或把文件导入为新数据集。',
	'import.msg.append_summary':
		'只能向交易明细数据集追加数据，而此数据集存放的是客户汇总或评分结果：请把这个文件导入为新数据集。',
	'import.msg.dataset_changed':
		'读取文件期间，该数据集在另一个标签页中被修改。本次未追加任何数据，请重试。',
	'import.source': '数据来源（渠道）',
	'import.sourceHelp':
		'此文件的每一行都会标上这个来源名称（例如“天猫旗舰店”“线下门店”），以便按来源拆分客群、会员等级和客户。',
	'import.append.note':
		'文件中的数据将追加到“{name}”。数据集中已有的订单（同一客户、同一订单号；没有订单号时为同一客户、同一天）会作为“数据集中已存在”跳过，因此时间段重叠的导出文件不会重复计数。',
	'import.append.kindMismatch': '该数据集存放的是客户汇总，不能追加数据。请选择“新建数据集”。',
	'import.append.fileKind':
		'该数据集存放的是交易明细，而这个文件被设为客户汇总：请把文件类型改为交易明细后再追加。',
	'sources.title': '数据来源',
	'sources.caption': '“{name}”的数据来源（渠道）',
	'sources.name': '来源',
	'sources.rows': '行数',
	'sources.dates': '日期范围',
	'sources.customers': '客户数',
	'sources.remove': '移除',
	'sources.removeLabel': '从“{name}”中移除来源“{source}”',
	'sources.confirmRemove':
		'确定从“{name}”中移除“{source}”的全部数据吗？只在该来源购买过的客户也会随之移出数据集。移除后无法恢复。',
	'sources.removed': '已移除“{source}”，共 {rows}\u00a0行。',
	'sources.removeFailed.last_source': '数据集的最后一个来源不能移除；如需清除，请删除整个数据集。',
	'sources.removeFailed.unknown_source': '该来源已不在数据集中。',
	'sources.none': '此数据集导入时尚未记录来源：全部数据视为来自同一个来源“{file}”。',
	'sources.filter': '来源',
	'sources.filter.all': '全部来源',
	'sources.chip': '来源：{source}',
	'sources.mix.title': '渠道构成',
	'sources.mix.single': '单渠道客户',
	'sources.mix.multi': '多渠道客户',
	'sources.mix.share': '占全部客户的 {share}',
	'sources.split.segments':
		'各来源的客群分布：每个来源的客户在各客群中的人数（在多个来源都购买过的客户，在每个来源中各计一次）',
	'sources.split.tiers':
		'各来源的会员等级分布：每个来源的客户在各等级中的人数（在多个来源都购买过的客户，在每个来源中各计一次）',
	'sources.split.segment': '客群',
	'sources.split.tier': '会员等级',
	'sources.split.cell': '{count}（{share}）'
};
