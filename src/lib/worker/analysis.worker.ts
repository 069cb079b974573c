/// <reference lib="webworker" />
/**
 * The one analysis worker: every parse, write and computation over transactions runs here.
 * It imports only core/ and db/ (through its own helper modules).
 *
 * Only what a start needs is in this script (opening storage, the demo shop, the analysis and
 * the stored figures); the rest — importing, forecasts, products, the 客群经营 loop, feedback,
 * backups — comes as chunks loaded on first use (`later`) and warmed soon after the start, so a
 * reopen compiles and evaluates about half the code it used to (issue 18).
 */
import * as Comlink from 'comlink';
import { suggestLifecycle } from '$lib/core/analytics/lifecycle';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { customerHistory } from '$lib/core/customer-history';
import type { Playbook } from '$lib/core/playbooks';
import { db } from '$lib/db/schema';
import type { AnalysisApi, StartReport } from './api';
import { earlyStartOf, type EarlyStart } from './early-start';
import { DEMO_DATASET_ID, generateDemoSoon, primeDemo, primeDemoAnalysis, storeDemo } from './demo';
import { resultTransferables } from '$lib/core/analytics/analyze';
import {
	analysisOf,
	forgetDataset,
	loadDataset,
	saveSettings,
	settingsOf,
	storedFigures,
	updateSettingsRecord
} from './engine';
import { delimitedText } from './parquet-magic';
import { completeDatasets, deleteDataset, removeLeftovers } from './store';

/** The worker's modules a start does not need; each is a chunk of its own, fetched once. */
const modules = {
	import: () => import('./import'),
	sources: () => import('./sources'),
	scored: () => import('./scored'),
	forecast: () => import('./forecast'),
	backup: () => import('./backup'),
	products: () => import('./products'),
	growth: () => import('./growth'),
	campaigns: () => import('./campaigns'),
	feedback: () => import('./feedback'),
	feedbackImport: () => import('./feedback-import'),
	export: () => import('$lib/core/export/customers-csv')
};

type Method = (...args: never[]) => unknown;
type Later<F> = F extends (...args: infer A) => infer R
	? (...args: A) => Promise<Awaited<R>>
	: never;

/**
 * Function `name` of a module loaded on first call.
 * @example const growth = later(modules.growth, 'growthOf'); await growth(id, options);
 */
function later<M, K extends keyof M>(load: () => Promise<M>, name: K): Later<M[K]> {
	return (async (...args: never[]) => ((await load())[name] as Method)(...args)) as Later<M[K]>;
}

/** Delay after a start before the other modules are fetched and compiled in the background. */
const WARM_AFTER_MILLIS = 500;

/** Load every module of `modules`, so that a first import or page finds its code compiled. */
function warm(): void {
	for (const load of Object.values(modules)) load().catch(() => undefined);
}

/**
 * Remove unfinished imports; generate the demo shop when storage holds no dataset (`start`).
 * @param fresh the page remembers no dataset: the demo is generated while the database opens
 */
async function startOnce(language?: 'en' | 'zh', fresh?: boolean): Promise<StartReport> {
	const t0 = performance.now();
	const cleaning = removeLeftovers(); // opens the database
	const early = fresh ? await generateDemoSoon(language) : undefined;
	// Its first figures while the database opens (issue 18); forgotten if storage holds datasets.
	const figures = early ? await primeDemo(early) : null;
	const removedLeftovers = await cleaning;
	let datasets = await completeDatasets();
	let generatedDemo = false;
	let demoMillis: number | undefined;
	if (datasets.length > 0 && early) forgetDataset(DEMO_DATASET_ID);
	if (datasets.length === 0) {
		await storeDemo(language, early, early !== undefined);
		demoMillis = performance.now() - t0;
		generatedDemo = true;
		datasets = await completeDatasets();
	}
	// In tasks after this answer has gone (a first visit's page draws the demo's figures meanwhile).
	if (generatedDemo) primeDemoAnalysis();
	setTimeout(warm, WARM_AFTER_MILLIS);
	return {
		datasets,
		generatedDemo,
		removedLeftovers,
		demoMillis,
		...(generatedDemo && figures ? { demoFigures: figures } : {})
	};
}

/**
 * The start a worker started by the page's HTML runs at once (see `early-start.ts`): the page's
 * first `start` with the same arguments takes its answer; any other waits for it to end.
 */
let earlyStart: (EarlyStart & { answer: Promise<StartReport> }) | null = null;
const asked = earlyStartOf(self.name);
if (asked) earlyStart = { ...asked, answer: startOnce(asked.language, asked.fresh) };

const api: AnalysisApi = {
	start(language, fresh) {
		const early = earlyStart;
		earlyStart = null;
		if (!early) return startOnce(language, fresh);
		if (early.language === (language ?? 'en') && early.fresh === (fresh ?? false)) {
			return early.answer.then((report) => ({ ...report, early: true }));
		}
		const after = () => startOnce(language, fresh);
		return early.answer.then(after, after);
	},

	async sniffFile(file, language, overrides, options) {
		const { sniff } = await modules.import();
		return sniff(await delimitedText(file), language, overrides, options);
	},

	discardUnfinished() {
		return removeLeftovers(5000);
	},

	async importFile(file, request, onProgress) {
		const { importFile } = await modules.import();
		return importFile(await delimitedText(file), request, onProgress);
	},

	async analyze(datasetId, settings) {
		const t0 = performance.now();
		if (settings) await saveSettings(datasetId, settings);
		const used = settings ?? (await settingsOf(datasetId));
		const { result, cached } = await analysisOf(datasetId, used);
		const response = { datasetId, settings: used, result, cached, millis: performance.now() - t0 };
		return Comlink.transfer(response, resultTransferables(result));
	},

	async dictionaries(datasetId) {
		const { columns } = await loadDataset(datasetId);
		return {
			customerIds: columns.customerIds,
			attributes: columns.attributes,
			...(columns.products ? { products: columns.products } : {})
		};
	},

	async exportCustomers(datasetId, language, indexes) {
		const [{ result }, { columns }, { forecastOf }, { recommendationsOf, recommendedIds }] =
			await Promise.all([
				analysisOf(datasetId, await settingsOf(datasetId)),
				loadDataset(datasetId),
				modules.forecast(),
				modules.products()
			]);
		const { customersCsv, UTF8_BOM } = await modules.export();
		const { scores } = await forecastOf(datasetId);
		const next = await recommendationsOf(datasetId);
		const recommended = next
			? (c: number) => recommendedIds(next.slots, next.products, c)
			: undefined;
		return (
			UTF8_BOM + customersCsv(result, columns.customerIds, language, indexes, scores, recommended)
		);
	},

	async customerHistory(datasetId, customer) {
		const { columns } = await loadDataset(datasetId);
		return customerHistory(columns.chunks, customer);
	},

	aliveHistory: later(modules.forecast, 'aliveHistoryOf'),

	async playbooks(datasetId) {
		const record = await db.settings.get(datasetId);
		return (
			(record?.extras as { playbooks?: Record<string, Playbook> } | undefined)?.playbooks ?? {}
		);
	},

	async savePlaybook(datasetId, key, playbook) {
		await updateSettingsRecord(datasetId, (record) => {
			const extras = (record?.extras ?? {}) as { playbooks?: Record<string, Playbook> };
			const playbooks = { ...extras.playbooks };
			if (playbook) playbooks[key] = playbook;
			else delete playbooks[key];
			return {
				datasetId,
				settings: record?.settings ?? structuredClone(DEFAULT_SETTINGS),
				extras: { ...extras, playbooks }
			};
		});
	},

	async renameDataset(datasetId, name) {
		const trimmed = name.trim().slice(0, 120);
		if (!trimmed) throw new Error('A dataset needs a name.');
		await db.datasets.update(datasetId, { name: trimmed });
	},

	async setCurrency(datasetId, currency) {
		const code = currency.trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(code))
			throw new Error(`“${currency}” is not a three-letter currency code.`);
		await db.datasets.update(datasetId, { currency: code });
	},

	async suggestLifecycle(datasetId, asOfDay) {
		const { prepared } = await loadDataset(datasetId);
		return suggestLifecycle(prepared, asOfDay);
	},

	async deleteDataset(datasetId) {
		forgetDataset(datasetId);
		await deleteDataset(datasetId);
	},

	async forecast(datasetId, options) {
		const { forecastOf, forecastTransferables } = await modules.forecast();
		const response = await forecastOf(datasetId, options);
		return Comlink.transfer(response, forecastTransferables(response));
	},

	backupDataset: later(modules.backup, 'backupDataset'),
	restoreBackup: later(modules.backup, 'restoreBackup'),
	deleteAllData: later(modules.backup, 'deleteAllData'),
	products: later(modules.products, 'productsOf'),
	productProfile: later(modules.products, 'productProfileOf'),

	async nextProducts(datasetId, customer) {
		const { recommendationsOf, recommendedIds } = await modules.products();
		const next = await recommendationsOf(datasetId);
		if (!next) return [];
		return recommendedIds(next.slots, next.products, customer).map((id) => ({
			id,
			name: next.products.names[next.products.ids.indexOf(id)] ?? ''
		}));
	},

	async productBuyers(datasetId, filter) {
		const { productBuyersOf } = await modules.products();
		const mask = await productBuyersOf(datasetId, filter);
		return Comlink.transfer(mask, [mask.buffer]);
	},

	growth: later(modules.growth, 'growthOf'),
	growthScenarios: later(modules.growth, 'growthScenariosOf'),
	saveGrowthScenario: later(modules.growth, 'saveGrowthScenario'),
	deleteGrowthScenario: later(modules.growth, 'deleteGrowthScenario'),
	campaignDraft: later(modules.campaigns, 'campaignDraft'),
	campaignCsv: later(modules.campaigns, 'campaignCsv'),
	campaigns: later(modules.campaigns, 'campaignsOf'),
	saveCampaign: later(modules.campaigns, 'saveCampaign'),
	deleteCampaign: later(modules.campaigns, 'deleteCampaign'),
	measureCampaign: later(modules.campaigns, 'measureSavedCampaign'),
	compareDates: later(modules.growth, 'compareDates'),
	customerOfPseudonym: later(modules.campaigns, 'customerOfPseudonym'),
	async importScored(file, request, onProgress) {
		const { importScored } = await modules.scored();
		return importScored(await delimitedText(file), request, onProgress);
	},
	async sourceMask(datasetId, name) {
		const { sourceMask } = await modules.sources();
		const mask = await sourceMask(datasetId, name);
		return Comlink.transfer(mask, [mask.buffer]);
	},
	removeSource: later(modules.sources, 'removeSource'),
	sourceSplit: later(modules.sources, 'sourceSplit'),
	importFeedback: later(modules.feedbackImport, 'importFeedback'),
	feedback: later(modules.feedback, 'feedbackOf'),
	feedbackNpsCsv: later(modules.feedback, 'feedbackNpsCsv'),
	valuableDetractors: later(modules.feedback, 'valuableDetractorsOf'),
	searchComments: later(modules.feedback, 'searchCommentsOf'),
	customerFeedback: later(modules.feedback, 'customerFeedbackOf'),
	feedbackBands: later(modules.feedback, 'feedbackBandsOf'),
	sourceProfiles: later(modules.sources, 'sourceProfiles'),
	storedFigures
};

Comlink.expose(api);
