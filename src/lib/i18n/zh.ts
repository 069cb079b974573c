import { chartsZh } from './areas/charts';
import { customersZh } from './areas/customers';
import { forecastZh } from './areas/forecast';
import { importZh } from './areas/import';
import { offlineZh } from './areas/offline';
import { pagesZh } from './areas/pages';
import { problemsZh } from './areas/problems';
import { scatterZh } from './areas/scatter';
import { segmentsZh } from './areas/segments';
import { productsZh } from './areas/products';
import { settingsZh } from './areas/settings';
import { sqlZh } from './areas/sql';
import { scoredZh } from './areas/scored';
import { loopZh } from './areas/loop';
import { tabsZh } from './areas/tabs';
import { portableZh } from './areas/portable';
import { shopZh } from './areas/shop';
import { forecastUsesZh } from './areas/forecast-uses';
import { sourcesZh } from './areas/sources';
import { formatsZh } from './areas/formats';
import { feedbackZh } from './areas/feedback';
import { sourcesFilterZh } from './areas/sources-filter';
import type { MessageKey } from './en';

/** 简体中文文案。与 en.ts 的键一一对应；`{name}` 为参数占位。 */
export const zh: Record<MessageKey, string> = {
	...chartsZh,
	...scatterZh,
	...customersZh,
	...importZh,
	...settingsZh,
	...problemsZh,
	...pagesZh,
	...segmentsZh,
	...forecastZh,
	...productsZh,
	...sqlZh,
	...offlineZh,
	...loopZh,
	...tabsZh,
	...portableZh,
	...shopZh,
	...forecastUsesZh,
	...scoredZh,
	...sourcesZh,
	...formatsZh,
	...feedbackZh,
	'app.name': 'Strata',
	'app.tagline': '客户分层分析，数据不出浏览器',
	'app.skip': '跳到正文',
	'app.loading': '加载中…',
	'app.error': '出错了：{message}',
	'app.retry': '重试',

	'nav.label': '主导航',
	'nav.overview': '总览',
	'nav.segments': '客群分析',
	'nav.lifecycle': '生命周期',
	'nav.tiers': '会员等级',
	'nav.customers': '客户明细',
	'nav.import': '导入数据',
	'nav.datasets': '数据集',
	'nav.settings': '设置',

	'header.dataset': '数据集',
	'header.language': '语言',
	'header.present': '演示模式',
	'header.exitPresent': '退出演示',
	'header.print': '打印报告',

	'worker.busy': '计算中…',
	'worker.ready': '就绪',
	'worker.error': '分析进程已停止：{message}',

	'demo.badge': '示例数据',
	'demo.notice':
		'当前展示的是一家虚构网店的示例数据。导入你自己的数据后，数据也只保存在这台电脑上。',
	'demo.importOwn': '导入自己的 CSV',
	'demo.generating': '正在生成示例店铺数据…',

	'overview.title': '总览',
	'overview.asOf': '统计截至 {date}',
	'overview.range': '{from} 至 {to}',
	'overview.kpiCustomers': '客户数',
	'overview.kpiCustomersHint': '至少有一笔购买的客户',
	'overview.kpiOrders': '订单数',
	'overview.kpiOrdersHint': '购买 {purchases}\u00a0笔，退货 {returns}\u00a0笔',
	'overview.kpiRevenue': '净销售额',
	'overview.kpiRevenueHint': '已扣除退货',
	'overview.kpiAov': '笔单价',
	'overview.kpiAovHint': '净销售额 ÷ 购买笔数',
	'overview.kpiRepeat': '复购率',
	'overview.kpiRepeatHint': '购买 2 次及以上的客户占比',
	'overview.kpiRange': '时间范围',
	'overview.kpiRangeHint': '共 {days}\u00a0天的订单',
	'overview.unscored': '有 {count}\u00a0位客户在统计截止日前没有购买记录，未参与评分。',
	'overview.empty': '该数据集还没有购买记录。',
	'overview.noDataset': '还没有数据集。',

	'dataset.demoName': '示例店铺',
	'datasets.title': '数据集',
	'datasets.intro': '每个数据集都只保存在本浏览器中。删除可释放空间，重命名便于区分。',
	'datasets.name': '名称',
	'datasets.source': '源文件',
	'datasets.created': '导入时间',
	'datasets.rows': '行数',
	'datasets.customers': '客户数',
	'datasets.size': '占用空间',
	'datasets.actions': '操作',
	'datasets.active': '当前使用',
	'datasets.open': '打开',
	'datasets.rename': '重命名',
	'datasets.renameLabel': '“{name}”的新名称',
	'datasets.save': '保存',
	'datasets.cancel': '取消',
	'datasets.delete': '删除',
	'datasets.confirmDelete': '确定从本浏览器中删除“{name}”及其全部数据吗？删除后无法恢复。',
	'datasets.demoSource': '内置示例',
	'datasets.storage': '本站已使用 {used}，浏览器可用空间共 {quota}。',
	'datasets.persisted': '已启用持久存储：浏览器不会在空间紧张时自动清除数据。',
	'datasets.notPersisted': '当前为普通存储：磁盘空间不足时，浏览器可能会清除这些数据。',
	'datasets.empty': '还没有数据集。',
	'dataset.rows': '{count}\u00a0行',
	'dataset.customers': '{count}\u00a0位客户',

	'footer.privacy': '数据始终留在本浏览器中：不上传、无需注册、不做任何追踪。',
	'footer.version': 'Strata {version}',
	...sourcesFilterZh
};
