/// <reference lib="webworker" />
/**
 * The one analysis worker: every parse, write and computation over transactions runs here.
 * It imports only core/ and db/.
 */
import * as Comlink from 'comlink';
import type { AnalysisApi } from './api';
import { completeDatasets, removeLeftovers } from './store';

const api: AnalysisApi = {
	async start() {
		const removedLeftovers = await removeLeftovers();
		const datasets = await completeDatasets();
		return { datasets, generatedDemo: false, removedLeftovers };
	},
	async headline() {
		throw new Error('not yet');
	}
};

Comlink.expose(api);
