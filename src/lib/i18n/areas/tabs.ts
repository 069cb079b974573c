/** Messages of several open tabs kept in step (issue 10) and the pages' document titles. */
export const tabsEn = {
	'tabs.gone': '“{name}” was deleted in another tab. Now showing “{next}”.',
	'tabs.goneEmpty': '“{name}” was deleted in another tab. No dataset is left.',
	'tabs.reloadNeeded':
		'Strata’s storage was upgraded or closed in another tab. Reload this page to go on.',
	'tabs.reload': 'Reload',
	'tabs.dismiss': 'Dismiss',
	'tabs.pageTitle': '{page} · Strata'
} as const;

export const tabsZh: Record<keyof typeof tabsEn, string> = {
	'tabs.gone': '数据集“{name}”已在另一个标签页中删除，现在显示“{next}”。',
	'tabs.goneEmpty': '数据集“{name}”已在另一个标签页中删除，目前没有可用的数据集。',
	'tabs.reloadNeeded': 'Strata 的本地存储已在另一个标签页中升级或关闭，请重新加载本页后继续。',
	'tabs.reload': '重新加载',
	'tabs.dismiss': '知道了',
	'tabs.pageTitle': '{page} · Strata'
};
