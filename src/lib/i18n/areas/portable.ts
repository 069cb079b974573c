/** Messages of team presets, data shipped beside the build (`?data=`) and the downloadable report. */
export const portableEn = {
	'presets.title': 'Team presets',
	'presets.intro':
		'Share this dataset’s definitions with your team as one small file (strata-presets.json): score bins or cut points, the segment scheme with any custom segments, tiers, lifecycle windows, the migration offset and edited playbooks.',
	'presets.asOfNote':
		'Importing applies the file to the active dataset and replaces its edited playbooks. The as-of date is not part of presets: this dataset keeps its own.',
	'presets.export': 'Export presets',
	'presets.import': 'Import a presets file',
	'presets.exported': 'Saved {file}.',
	'presets.imported':
		'Applied the presets of {file}: {playbooks, plural, one {#\u00a0edited playbook} other {#\u00a0edited playbooks}}. The as-of date was left as it was.',
	'presets.refused': 'The presets in {file} were not applied:',
	'presets.failed': 'The presets could not be exported or applied: {message}',
	'presets.problem.presets.tooLarge':
		'This file is too large to be a presets file (more than {max}\u00a0bytes).',
	'presets.problem.presets.notJson': 'This file is not JSON, so it is not a Strata presets file.',
	'presets.problem.presets.wrongFile':
		'This is not a Strata presets file (it should start with "format": "strata-presets").',
	'presets.problem.presets.badVersion':
		'The file’s format version is missing or not a whole number.',
	'presets.problem.presets.newerVersion':
		'These presets were written by a newer Strata (format version {version}; this one reads up to {supported}). Open them with an up-to-date Strata.',
	'presets.problem.presets.badField': 'The setting “{field}” is missing or has the wrong type.',
	'presets.problem.presets.badPlaybook':
		'The playbook of segment “{key}” is incomplete: it needs a goal and actions in English and Chinese.',

	'data.problem.otherOrigin':
		'Only files from this site can be opened with ?data= ({value} is elsewhere). Download the file and choose it instead.',
	'data.problem.badPath': '“{value}” is not a path to a file on this site.',
	'data.problem.fetchFailed': 'Could not fetch {path} from this site (HTTP {status}).',
	'data.problem.network': 'Could not fetch {path} from this site: {message}',
	'clientReport.button': 'Download report',
	'clientReport.includeCustomers': 'Include customer lists',
	'clientReport.working': 'Writing the report…',
	'clientReport.done': 'Saved {file} ({size}).',
	'clientReport.failed': 'The report could not be written: {message}',
	'clientReport.title': 'Customer layering report: {name}',
	'clientReport.subtitle': '{name} · as of {asOf} · written {written}',
	'clientReport.footer':
		'Written by Strata in the browser. This file is self-contained: it needs no network and no Strata to open, and prints as shown.',
	'clientReport.overview': 'Overview',
	'clientReport.segments': 'Segments and playbooks',
	'clientReport.segmentsTable': 'Segments',
	'clientReport.segment': 'Segment',
	'clientReport.tiers': 'Member tiers',
	'clientReport.lifecycle': 'Lifecycle',
	'clientReport.stage': 'Stage',
	'clientReport.funnel': 'Funnel',
	'clientReport.funnelStep': 'Purchases ≥',
	'clientReport.active': 'Active',
	'clientReport.conversion': 'From previous step',
	'clientReport.total': 'Total',
	'clientReport.definitions': 'Definitions in force',
	'clientReport.def.asOf': 'As-of date',
	'clientReport.def.asOfLatest': '{date} (the latest purchase day)',
	'clientReport.def.binning': 'Scores',
	'clientReport.def.quantile': '{bins} tie-safe quantile bins per metric',
	'clientReport.def.thresholds':
		'Fixed cut points: days since last purchase {recency}; purchases {frequency}; net spend {monetary}',
	'clientReport.def.scheme': 'Segment scheme',
	'clientReport.def.tiers': 'Member tiers',
	'clientReport.def.tier': '{tier}: top {share} by {metric}',
	'clientReport.def.lifecycle': 'Lifecycle',
	'clientReport.def.windows':
		'Active: last purchase ≤ {active}\u00a0days ago; lapsing: ≤ {churn}\u00a0days; churned: longer',
	'clientReport.def.funnel': 'Funnel steps (purchases): {steps}',
	'clientReport.def.migration': 'Segment migration compares with {days}\u00a0days earlier',
	'clientReport.customers': 'Customers',
	'clientReport.customersNote':
		'The first {shown} of {total, plural, one {#\u00a0scored customer} other {#\u00a0scored customers}}.',
	'clientReport.customerId': 'Customer',
	'clientReport.recency': 'Days since last purchase',
	'clientReport.frequency': 'Purchases',
	'clientReport.monetary': 'Net spend'
};

export const portableZh: Record<keyof typeof portableEn, string> = {
	'presets.title': '团队预设',
	'presets.intro':
		'把本数据集的口径导出为一个小的预设文件，与团队共用：评分分档或分界点、客群方案（含自定义客群）、会员等级、生命周期窗口、客群迁移对比间隔以及编辑过的运营策略。',
	'presets.asOfNote':
		'导入会把文件中的口径应用到当前数据集，并替换其已编辑的运营策略。统计截止日不属于预设，本数据集保留自己的统计截止日。',
	'presets.export': '导出预设',
	'presets.import': '导入预设文件',
	'presets.exported': '已保存 {file}。',
	'presets.imported':
		'已应用 {file} 中的预设：{playbooks}\u00a0条编辑过的运营策略。统计截止日保持不变。',
	'presets.refused': '{file} 中的预设未被应用：',
	'presets.failed': '预设导出或应用失败：{message}',
	'presets.problem.presets.tooLarge': '文件过大（超过 {max}\u00a0字节），不是预设文件。',
	'presets.problem.presets.notJson': '该文件无法解析，不是 Strata 预设文件。',
	'presets.problem.presets.wrongFile': '这不是 Strata 预设文件。',
	'presets.problem.presets.badVersion': '文件的格式版本缺失或不是整数。',
	'presets.problem.presets.newerVersion':
		'该预设由更新版本的 Strata 生成（格式版本 {version}，当前版本最高可读取 {supported}）。请使用最新版 Strata 打开。',
	'presets.problem.presets.badField': '设置项“{field}”缺失或类型不正确。',
	'presets.problem.presets.badPlaybook': '客群“{key}”的运营策略不完整：需要中英文的目标和动作。',

	'data.problem.otherOrigin':
		'链接中只能指定本站的文件（{value} 来自其他站点）。请先下载该文件，再手动选择导入。',
	'data.problem.badPath': '“{value}”不是本站文件的路径。',
	'data.problem.fetchFailed': '无法从本站获取 {path}（状态码 {status}）。',
	'data.problem.network': '无法从本站获取 {path}：{message}',
	'clientReport.button': '下载报告',
	'clientReport.includeCustomers': '包含客户名单',
	'clientReport.working': '正在生成报告…',
	'clientReport.done': '已保存 {file}（{size}）。',
	'clientReport.failed': '报告生成失败：{message}',
	'clientReport.title': '客户分层报告：{name}',
	'clientReport.subtitle': '{name} · 截至 {asOf} · 生成于 {written}',
	'clientReport.footer':
		'由 Strata 在浏览器中生成。本文件自成一体：无需联网、无需 Strata 即可打开，打印效果与屏幕一致。',
	'clientReport.overview': '概览',
	'clientReport.segments': '客群与运营策略',
	'clientReport.segmentsTable': '客群',
	'clientReport.segment': '客群',
	'clientReport.tiers': '会员等级',
	'clientReport.lifecycle': '客户生命周期',
	'clientReport.stage': '生命周期阶段',
	'clientReport.funnel': '购买漏斗',
	'clientReport.funnelStep': '购买次数 ≥',
	'clientReport.total': '合计',
	'clientReport.active': '活跃',
	'clientReport.conversion': '较上一步转化率',
	'clientReport.definitions': '当前口径',
	'clientReport.def.asOf': '统计截止日',
	'clientReport.def.asOfLatest': '{date}（最近一次购买日）',
	'clientReport.def.binning': '评分规则',
	'clientReport.def.quantile': '每项指标按分位数分为 {bins}\u00a0档（并列值同档）',
	'clientReport.def.thresholds':
		'固定分界点：距上次购买天数 {recency}；购买次数 {frequency}；消费金额 {monetary}',
	'clientReport.def.scheme': '客群方案',
	'clientReport.def.tiers': '会员等级',
	'clientReport.def.tier': '{tier}：按{metric}排名前 {share}',
	'clientReport.def.lifecycle': '生命周期',
	'clientReport.def.windows':
		'活跃：距上次购买天数 ≤ {active}\u00a0天；沉默期：≤ {churn}\u00a0天；超过则为流失期',
	'clientReport.def.funnel': '漏斗各步（购买次数）：{steps}',
	'clientReport.def.migration': '客群迁移与 {days}\u00a0天前对比',
	'clientReport.customers': '客户名单',
	'clientReport.customersNote': '已评分客户共 {total}\u00a0位，此处列出前 {shown}\u00a0位。',
	'clientReport.customerId': '客户',
	'clientReport.recency': '距上次购买天数',
	'clientReport.frequency': '购买次数',
	'clientReport.monetary': '消费金额'
};
