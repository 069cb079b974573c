/** Messages of the offline app (update notice), backup and restore, and "Delete all data". */
export const offlineEn = {
	'update.available': 'A new version of Strata is available.',
	'update.reload': 'Reload',
	'update.later': 'Later',
	'update.busy': 'It can be loaded once the current task has finished.',

	'backup.title': 'Back up and restore',
	'backup.intro':
		'A backup is a single {ext} file holding everything about a dataset: its lines, dictionaries, column mapping, settings, segment schemes and playbooks. Keep it for the record, or restore it in another browser.',
	'backup.password': 'Password for backups (optional)',
	'backup.passwordHelp':
		'With a password the file is encrypted (AES-256). Without the password nobody, including you, can restore it.',
	'backup.button': 'Back up',
	'backup.buttonLabel': 'Back up {name}',
	'backup.working': 'Writing the backup of “{name}”…',
	'backup.done': 'Saved {file} ({size}) in {seconds}\u00a0s.',
	'backup.failed': 'The backup failed: {message}',
	'restore.label': 'Restore a backup ({ext})',
	'restore.password': 'Password of the backup (if it has one)',
	'restore.working': 'Restoring {file}…',
	'restore.done': 'Restored “{name}” in {seconds}\u00a0s. It is now the active dataset.',
	'restore.error.not_a_backup': 'This file is not a Strata backup ({ext}).',
	'restore.error.newer_version':
		'This backup was written by a newer Strata (format version {version}; this one reads up to {supported}). Open it with an up-to-date Strata.',
	'restore.error.password_required':
		'This backup is protected by a password. Type it above and choose the file again.',
	'restore.error.wrong_password': 'The password is wrong. Nothing was restored.',
	'restore.error.corrupted': 'This backup is damaged and cannot be read. Nothing was restored.',
	'restore.error.truncated':
		'This backup is incomplete (the file was cut short, e.g. by an interrupted copy). Nothing was restored.',
	'restore.error.quota':
		'There is not enough storage space in this browser for this dataset. Nothing was restored.',
	'restore.error.error': 'The restore failed: {message}. Nothing was restored.',

	'wipe.button': 'Delete all data',
	'wipe.title': 'Delete all of Strata’s data in this browser?',
	'wipe.what':
		'This removes every dataset ({count}), with its lines, settings, segment schemes, playbooks and cached results; saved preferences (language, number format, active dataset); and every other database, cache and file this site stored.',
	'wipe.keeps':
		'Strata’s own code stays cached so the app still opens offline; it holds none of your data. This cannot be undone: back up first what you want to keep.',
	'wipe.confirm': 'Delete everything',
	'wipe.cancel': 'Cancel',
	'wipe.working': 'Deleting…',
	'wipe.done': 'Everything is deleted. This site now uses {used} in this browser.',
	'wipe.doneUnknown': 'Everything is deleted.',
	'wipe.browserKeeps':
		'What remains is the browser’s own bookkeeping and Strata’s cached code (no data). Reloading Strata brings back the generated demo shop, not your data.',
	'wipe.failed': 'Deleting failed: {message}'
} as const;

export const offlineZh: Record<keyof typeof offlineEn, string> = {
	'update.available': 'Strata 有新版本可用。',
	'update.reload': '重新加载',
	'update.later': '稍后',
	'update.busy': '当前任务完成后即可加载。',

	'backup.title': '备份与恢复',
	'backup.intro':
		'备份是一个 {ext} 文件，包含数据集的全部内容：明细行、字典、字段对应、设置、客群方案和运营策略。可留档保存，也可在其他浏览器中恢复。',
	'backup.password': '备份密码（可选）',
	'backup.passwordHelp':
		'设置密码后，文件将以 AES-256 加密。一旦忘记密码，任何人（包括你自己）都无法恢复。',
	'backup.button': '备份',
	'backup.buttonLabel': '备份 {name}',
	'backup.working': '正在备份“{name}”…',
	'backup.done': '已保存 {file}（{size}），用时 {seconds}\u00a0秒。',
	'backup.failed': '备份失败：{message}',
	'restore.label': '恢复备份（{ext}）',
	'restore.password': '备份密码（如有）',
	'restore.working': '正在恢复 {file}…',
	'restore.done': '已恢复“{name}”，用时 {seconds}\u00a0秒，并已设为当前数据集。',
	'restore.error.not_a_backup': '该文件不是 Strata 备份文件（{ext}）。',
	'restore.error.newer_version':
		'该备份由更新版本的 Strata 生成（格式版本 {version}，当前版本最高只支持 {supported}）。请用最新版 Strata 打开。',
	'restore.error.password_required': '该备份设有密码。请在上方输入密码后重新选择文件。',
	'restore.error.wrong_password': '密码错误，未恢复任何数据。',
	'restore.error.corrupted': '该备份已损坏，无法读取，未恢复任何数据。',
	'restore.error.truncated': '该备份不完整（文件被截断，例如复制中断），未恢复任何数据。',
	'restore.error.quota': '浏览器存储空间不足，无法容纳该数据集，未恢复任何数据。',
	'restore.error.error': '恢复失败：{message}。未恢复任何数据。',

	'wipe.button': '清除全部数据',
	'wipe.title': '清除 Strata 在本浏览器中的全部数据？',
	'wipe.what':
		'将删除全部数据集（共 {count}\u00a0个）及其明细行、设置、客群方案、运营策略和计算缓存，已保存的偏好（语言、数字格式、当前数据集），以及本站存储的其他所有数据库、缓存和文件。',
	'wipe.keeps':
		'Strata 的程序文件仍会保留在缓存中，以便离线打开，其中不含你的任何数据。此操作无法撤销，请先备份需要保留的数据。',
	'wipe.confirm': '全部清除',
	'wipe.cancel': '取消',
	'wipe.working': '正在清除…',
	'wipe.done': '已全部清除。本站目前在本浏览器中占用 {used}。',
	'wipe.doneUnknown': '已全部清除。',
	'wipe.browserKeeps':
		'剩余占用为浏览器自身的记录和 Strata 的程序缓存（不含任何数据）。重新加载 Strata 后显示的是重新生成的示例店铺数据，而不是你的数据。',
	'wipe.failed': '清除失败：{message}'
};
