/** Messages of team presets, data shipped beside the build (`?data=`) and the downloadable report. */
export const portableEn = {
	'presets.title': 'Team presets',
	'presets.intro':
		'Share this dataset’s definitions with your team as one small file (strata-presets.json): score bins or cut points, the segment scheme with any custom segments, tiers, lifecycle windows, the migration offset and edited playbooks.',
	'presets.asOfNote':
		'Importing applies the file to the active dataset and replaces its edited playbooks. The as-of date is not part of presets: this dataset keeps its own.',
	'presets.export': 'Export presets',
	'presets.import': 'Import presets (.json)',
	'presets.exported': 'Saved {file}.',
	'presets.imported':
		'Applied the presets of {file}: {playbooks} edited playbooks. The as-of date was left as it was.',
	'presets.refused': 'The presets in {file} were not applied:',
	'presets.failed': 'The presets could not be exported or applied: {message}',
	'presets.problem.presets.tooLarge':
		'This file is too large to be a presets file (more than {max} bytes).',
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
	'data.problem.network': 'Could not fetch {path} from this site: {message}'
};

export const portableZh: Record<keyof typeof portableEn, string> = {
	'presets.title': '团队预设',
	'presets.intro':
		'把本数据集的口径导出为一个小文件（strata-presets.json），与团队共用：评分分档或切分点、客群方案（含自定义客群）、会员等级、生命周期窗口、客群迁移对比间隔以及编辑过的运营策略。',
	'presets.asOfNote':
		'导入会把文件中的口径应用到当前数据集，并替换其已编辑的运营策略。分析截止日不属于预设，本数据集保留自己的截止日。',
	'presets.export': '导出预设',
	'presets.import': '导入预设（.json）',
	'presets.exported': '已保存 {file}。',
	'presets.imported':
		'已应用 {file} 中的预设：{playbooks} 条编辑过的运营策略。分析截止日保持不变。',
	'presets.refused': '{file} 中的预设未被应用：',
	'presets.failed': '预设导出或应用失败：{message}',
	'presets.problem.presets.tooLarge': '文件过大（超过 {max} 字节），不是预设文件。',
	'presets.problem.presets.notJson': '该文件不是 JSON 格式，因此不是 Strata 预设文件。',
	'presets.problem.presets.wrongFile':
		'这不是 Strata 预设文件（文件应以 "format": "strata-presets" 开头）。',
	'presets.problem.presets.badVersion': '文件的格式版本缺失或不是整数。',
	'presets.problem.presets.newerVersion':
		'该预设由更新版本的 Strata 生成（格式版本 {version}，当前版本最高可读取 {supported}）。请使用最新版 Strata 打开。',
	'presets.problem.presets.badField': '设置项“{field}”缺失或类型不正确。',
	'presets.problem.presets.badPlaybook': '客群“{key}”的运营策略不完整：需要中英文的目标和动作。',

	'data.problem.otherOrigin':
		'?data= 只能打开本站的文件（{value} 来自其他站点）。请先下载该文件，再手动选择导入。',
	'data.problem.badPath': '“{value}”不是本站文件的路径。',
	'data.problem.fetchFailed': '无法从本站获取 {path}（HTTP {status}）。',
	'data.problem.network': '无法从本站获取 {path}：{message}'
};
