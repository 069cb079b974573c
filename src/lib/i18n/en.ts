/**
 * English message catalog. Keys are grouped by page or component; `{name}` marks a parameter.
 * Every key here must exist in `zh.ts` (the type checker enforces it).
 */
import { chartsEn } from './areas/charts';
import { customersEn } from './areas/customers';
import { forecastEn } from './areas/forecast';
import { importEn } from './areas/import';
import { offlineEn } from './areas/offline';
import { pagesEn } from './areas/pages';
import { problemsEn } from './areas/problems';
import { scatterEn } from './areas/scatter';
import { segmentsEn } from './areas/segments';
import { productsEn } from './areas/products';
import { settingsEn } from './areas/settings';
import { sqlEn } from './areas/sql';
import { scoredEn } from './areas/scored';
import { loopEn } from './areas/loop';
import { tabsEn } from './areas/tabs';
import { portableEn } from './areas/portable';
import { shopEn } from './areas/shop';
import { forecastUsesEn } from './areas/forecast-uses';
import { sourcesEn } from './areas/sources';
import { formatsEn } from './areas/formats';
import { feedbackEn } from './areas/feedback';
import { sourcesFilterEn } from './areas/sources-filter';

export const en = {
	...chartsEn,
	...scatterEn,
	...customersEn,
	...importEn,
	...settingsEn,
	...problemsEn,
	...pagesEn,
	...segmentsEn,
	...forecastEn,
	...productsEn,
	...sqlEn,
	...offlineEn,
	...loopEn,
	...tabsEn,
	...portableEn,
	...shopEn,
	...forecastUsesEn,
	...scoredEn,
	...sourcesEn,
	...formatsEn,
	...feedbackEn,
	'app.name': 'Strata',
	'app.tagline': 'Customer layering that never leaves your browser',
	'app.skip': 'Skip to content',
	'app.loading': 'Loading…',
	'app.error': 'Something went wrong: {message}',
	'app.retry': 'Try again',

	'nav.label': 'Main',
	'nav.overview': 'Overview',
	'nav.segments': 'Segments',
	'nav.lifecycle': 'Lifecycle',
	'nav.tiers': 'Tiers',
	'nav.customers': 'Customers',
	'nav.import': 'Import',
	'nav.datasets': 'Datasets',
	'nav.settings': 'Settings',

	'header.dataset': 'Dataset',
	'header.language': 'Language',
	'header.present': 'Present',
	'header.exitPresent': 'Exit presentation',
	'header.print': 'Print report',

	'worker.busy': 'Working…',
	'worker.ready': 'Ready',
	'worker.error': 'The analysis worker stopped: {message}',

	'demo.badge': 'Demo data',
	'demo.notice':
		'You are looking at generated demo data for a fictional online shop. Your own data stays on this computer.',
	'demo.importOwn': 'Import your own CSV',
	'demo.generating': 'Preparing the demo shop…',

	'overview.title': 'Overview',
	'overview.asOf': 'As of {date}',
	'overview.range': '{from} – {to}',
	'overview.kpiCustomers': 'Customers',
	'overview.kpiCustomersHint': 'Customers with at least one purchase',
	'overview.kpiOrders': 'Orders',
	'overview.kpiOrdersHint':
		'{purchases, plural, one {#\u00a0purchase} other {#\u00a0purchases}}, {returns, plural, one {#\u00a0return} other {#\u00a0returns}}',
	'overview.kpiRevenue': 'Net revenue',
	'overview.kpiRevenueHint': 'After returns',
	'overview.kpiAov': 'Avg. order value',
	'overview.kpiAovHint': 'Net revenue per purchase',
	'overview.kpiRepeat': 'Repeat-purchase rate',
	'overview.kpiRepeatHint': 'Share of customers with 2+ purchases',
	'overview.kpiRange': 'Date range',
	'overview.kpiRangeHint': '{days, plural, one {#\u00a0day} other {#\u00a0days}} of orders',
	'overview.unscored':
		'{count, plural, one {#\u00a0customer has no purchase up to the as-of date and is not scored.} other {#\u00a0customers have no purchase up to the as-of date and are not scored.}}',
	'overview.empty': 'This dataset has no purchases yet.',
	'overview.noDataset': 'No dataset yet.',

	'dataset.demoName': 'Demo shop',
	'datasets.title': 'Datasets',
	'datasets.intro':
		'Each dataset lives only in this browser. Delete one to free its space; rename it to tell them apart.',
	'datasets.name': 'Name',
	'datasets.source': 'Source file',
	'datasets.created': 'Imported',
	'datasets.rows': 'Rows',
	'datasets.customers': 'Customers',
	'datasets.size': 'Size on disk',
	'datasets.actions': 'Actions',
	'datasets.active': 'Active',
	'datasets.open': 'Open',
	'datasets.rename': 'Rename',
	'datasets.renameLabel': 'New name for {name}',
	'datasets.save': 'Save',
	'datasets.cancel': 'Cancel',
	'datasets.delete': 'Delete',
	'datasets.confirmDelete':
		'Delete “{name}” and all its data from this browser? This cannot be undone.',
	'datasets.demoSource': 'Built-in demo',
	'datasets.storage': 'This site uses {used} of {quota} available in this browser.',
	'datasets.persisted': 'Storage is persistent: the browser will not evict it under pressure.',
	'datasets.notPersisted':
		'Storage is best-effort: the browser may evict it when the disk runs low.',
	'datasets.empty': 'No datasets yet.',
	'dataset.rows': '{count, plural, one {#\u00a0row} other {#\u00a0rows}}',
	'dataset.customers': '{count, plural, one {#\u00a0customer} other {#\u00a0customers}}',

	'footer.privacy': 'Your data never leaves this browser: no upload, no account, no tracking.',
	'footer.version': 'Strata {version}',
	...sourcesFilterEn
} as const;

export type MessageKey = keyof typeof en;
