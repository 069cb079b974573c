/// <reference lib="webworker" />
/**
 * The one analysis worker: every parse, write and computation over transactions runs here.
 * It imports only core/ and db/ (through its own helper modules).
 */
import * as Comlink from 'comlink';
import { suggestLifecycle } from '$lib/core/analytics/lifecycle';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { customerHistory } from '$lib/core/customer-history';
import type { Playbook } from '$lib/core/playbooks';
import { customersCsv, UTF8_BOM } from '$lib/core/export/customers-csv';
import { db } from '$lib/db/schema';
import type { AnalysisApi } from './api';
import { DEMO_DATASET_ID, generateDemoSoon, primeDemo, storeDemo } from './demo';
import { importFile, sniff } from './import';
import { removeSource, sourceMask, sourceProfiles, sourceSplit } from './sources';
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
import { importScored } from './scored';
import { completeDatasets, deleteDataset, removeLeftovers } from './store';
import { aliveHistoryOf, forecastOf, forecastTransferables } from './forecast';
import { backupDataset, deleteAllData, restoreBackup } from './backup';
import {
	productBuyersOf,
	productProfileOf,
	productsOf,
	recommendationsOf,
	recommendedIds
} from './products';
import {
	compareDates,
	deleteGrowthScenario,
	growthOf,
	growthScenariosOf,
	saveGrowthScenario
} from './growth';
import {
	campaignCsv,
	campaignDraft,
	campaignsOf,
	customerOfPseudonym,
	deleteCampaign,
	measureSavedCampaign,
	saveCampaign
} from './campaigns';
import { importFeedback } from './feedback-import';
import {
	customerFeedbackOf,
	feedbackBandsOf,
	feedbackNpsCsv,
	feedbackOf,
	searchCommentsOf,
	valuableDetractorsOf
} from './feedback';

const api: AnalysisApi = {
	async start(language, fresh) {
		const t0 = performance.now();
		const cleaning = removeLeftovers(); // opens the database
		const early = fresh ? await generateDemoSoon(language) : undefined;
		// Analysed while the database opens (issue 18); forgotten if storage holds datasets after all.
		if (early) primeDemo(early);
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
		return { datasets, generatedDemo, removedLeftovers, demoMillis };
	},

	async sniffFile(file, language, overrides, options) {
		return sniff(await delimitedText(file), language, overrides, options);
	},

	discardUnfinished() {
		return removeLeftovers(5000);
	},

	async importFile(file, request, onProgress) {
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
		const [{ result }, { columns }] = await Promise.all([
			analysisOf(datasetId, await settingsOf(datasetId)),
			loadDataset(datasetId)
		]);
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

	aliveHistory: aliveHistoryOf,

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
		const response = await forecastOf(datasetId, options);
		return Comlink.transfer(response, forecastTransferables(response));
	},

	backupDataset(datasetId, password) {
		return backupDataset(datasetId, password);
	},

	restoreBackup(file, password) {
		return restoreBackup(file, password);
	},

	deleteAllData(keepCache) {
		return deleteAllData(keepCache);
	},

	products(datasetId, query) {
		return productsOf(datasetId, query);
	},

	productProfile(datasetId, product) {
		return productProfileOf(datasetId, product);
	},

	async nextProducts(datasetId, customer) {
		const next = await recommendationsOf(datasetId);
		if (!next) return [];
		return recommendedIds(next.slots, next.products, customer).map((id) => ({
			id,
			name: next.products.names[next.products.ids.indexOf(id)] ?? ''
		}));
	},

	async productBuyers(datasetId, filter) {
		const mask = await productBuyersOf(datasetId, filter);
		return Comlink.transfer(mask, [mask.buffer]);
	},

	growth: growthOf,
	growthScenarios: growthScenariosOf,
	saveGrowthScenario,
	deleteGrowthScenario,
	campaignDraft,
	campaignCsv,
	campaigns: campaignsOf,
	saveCampaign,
	deleteCampaign,
	measureCampaign: measureSavedCampaign,
	compareDates,
	customerOfPseudonym,
	async importScored(file, request, onProgress) {
		return importScored(await delimitedText(file), request, onProgress);
	},
	async sourceMask(datasetId, name) {
		const mask = await sourceMask(datasetId, name);
		return Comlink.transfer(mask, [mask.buffer]);
	},
	removeSource,
	sourceSplit,
	importFeedback,
	feedback: feedbackOf,
	feedbackNpsCsv,
	valuableDetractors: valuableDetractorsOf,
	searchComments: searchCommentsOf,
	customerFeedback: customerFeedbackOf,
	feedbackBands: feedbackBandsOf,
	sourceProfiles,
	storedFigures
};

Comlink.expose(api);
