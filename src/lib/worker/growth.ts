/**
 * The 客户倍增 simulator's side of the worker (issue 17): the baseline inputs of the active dataset
 * (measured once per dataset and settings), the simulation under the page's levers, and the
 * scenarios saved per dataset.
 */
import { analyze, migrationMatrix } from '$lib/core/analytics/analyze';
import { customerStatsAt } from '$lib/core/analytics/customer-stats';
import type { GroupProfile, Label, MigrationMatrix } from '$lib/core/analytics/types';
import { STAGE_KEYS } from '$lib/core/analytics/labels';
import {
	baselineInputs,
	biggestSegmentChange,
	monthlyExpectedPurchases,
	SIMULATION_MONTHS,
	simulate,
	snapshotOf,
	tierMoves,
	type DateSnapshot,
	type SegmentChange,
	type TierMoves,
	type GrowthInputs,
	type GrowthLevers,
	type GrowthSimulation
} from '$lib/core/growth';
import { transactionSummary, UNIT_DAYS } from '$lib/core/clv/summary';
import { analysisOf, loadDataset, settingsOf } from './engine';
import { forecastOf } from './forecast';
import { forecastOptionsOf, modelOf } from './forecast-model';
import { loopRecord, updateLoop } from './campaigns';

/** What the growth page receives. */
export interface GrowthResponse {
	datasetId: string;
	/** Where today's customers' future activity comes from. */
	source: 'cohorts' | 'forecast';
	lastCompleteMonth: number;
	/** The measured inputs (the page shows the main ones). */
	inputs: GrowthInputs;
	simulation: GrowthSimulation;
}

/** A scenario saved with a dataset. */
export interface GrowthScenario {
	id: string;
	name: string;
	created: number;
	horizon: number;
	levers: GrowthLevers;
}

let cachedKey = '';
let cached: Promise<
	Omit<ReturnType<typeof baselineInputs>, 'inputs'> & { inputs: GrowthInputs }
> | null = null;

/** Forget the measured baseline (after a dataset's lines changed: an append, a source removed). */
export function forgetGrowth() {
	cached = null;
	cachedKey = '';
}

/** Baseline inputs of a dataset under its saved settings, measured once per (dataset, settings). */
async function baselineOf(datasetId: string) {
	const settings = await settingsOf(datasetId);
	const key = `${datasetId}|${JSON.stringify(settings)}`;
	if (cached && cachedKey === key) return cached;
	cachedKey = key;
	cached = (async () => {
		const [{ result }, { prepared }] = await Promise.all([
			analysisOf(datasetId, settings),
			loadDataset(datasetId)
		]);
		const asOfDay = result.asOfDay ?? prepared.latestOrderDay ?? 0;
		// The BG/NBD forecast (fitted once, cached with the dataset) gives today's customers'
		// activity when its purchase model fitted; otherwise the cohorts' retention curve does.
		const forecast = await forecastOf(datasetId).catch(() => null);
		const bgnbd = forecast?.asOfDay === asOfDay ? forecast.model.bgnbd : null;
		const forecastPurchases = bgnbd
			? monthlyExpectedPurchases(
					bgnbd.params,
					transactionSummary(prepared, asOfDay, UNIT_DAYS[forecast!.options.unit]),
					SIMULATION_MONTHS
				)
			: undefined;
		const stage = (key: string) =>
			result.stages[STAGE_KEYS.indexOf(key as (typeof STAGE_KEYS)[number])]?.customers ?? 0;
		return baselineInputs({
			prepared,
			stats: customerStatsAt(prepared, asOfDay),
			cohorts: result.cohorts,
			growth: result.growth,
			winBackPool: stage('at_risk') + stage('lost'),
			repeatRate: result.headline.repeatRate,
			horizon: 12,
			forecastPurchases
		});
	})();
	cached.catch(() => {
		if (cachedKey === key) cached = null;
	});
	return cached;
}

/** The simulation of a dataset over `horizon` months under `levers`. */
export async function growthOf(
	datasetId: string,
	levers: GrowthLevers,
	horizon: number
): Promise<GrowthResponse> {
	const baseline = await baselineOf(datasetId);
	const inputs = { ...baseline.inputs, horizon };
	return {
		datasetId,
		source: baseline.source,
		lastCompleteMonth: baseline.lastCompleteMonth,
		inputs,
		simulation: simulate(inputs, levers)
	};
}

const storedScenarios = (record: { scenarios?: unknown[] }) =>
	(record.scenarios ?? []) as GrowthScenario[];

/** The dataset's saved scenarios, newest first. */
export async function growthScenariosOf(datasetId: string): Promise<GrowthScenario[]> {
	return storedScenarios(await loopRecord(datasetId)).sort((a, b) => b.created - a.created);
}

/** Save a scenario (levers and horizon) with the dataset. */
export async function saveGrowthScenario(
	datasetId: string,
	scenario: Pick<GrowthScenario, 'name' | 'horizon' | 'levers'>
): Promise<GrowthScenario[]> {
	const saved: GrowthScenario = {
		id: crypto.randomUUID(),
		name: scenario.name.trim().slice(0, 120) || 'Scenario',
		created: Date.now(),
		horizon: scenario.horizon,
		levers: { ...scenario.levers }
	};
	await updateLoop(datasetId, (record) => ({
		...record,
		scenarios: [...storedScenarios(record), saved]
	}));
	return growthScenariosOf(datasetId);
}

/** Forget a saved scenario. */
export async function deleteGrowthScenario(
	datasetId: string,
	scenarioId: string
): Promise<GrowthScenario[]> {
	await updateLoop(datasetId, (record) => ({
		...record,
		scenarios: storedScenarios(record).filter((s) => s.id !== scenarioId)
	}));
	return growthScenariosOf(datasetId);
}

/** One as-of date of a comparison. */
export interface ComparedDate {
	day: number;
	snapshot: DateSnapshot;
	/** Customers per segment and per tier, in `DateComparison.segments` / `tiers` order. */
	segments: number[];
	tiers: number[];
}

/** Two as-of dates side by side (issue 17, item 1), under the dataset's saved settings. */
export interface DateComparison {
	datasetId: string;
	earlier: ComparedDate;
	later: ComparedDate;
	segments: { key: string; label: Label }[];
	tiers: { key: string; label: Label }[];
	tierMoves: TierMoves;
	summary: SegmentChange | null;
	/** Segment at the earlier date (rows, "not yet" last) × segment at the later date. */
	migration: MigrationMatrix;
	/** The later date's segment profiles (the matrix's order), for the migration charts. */
	segmentProfiles: GroupProfile[];
}

/** Analyse a dataset at two as-of dates (earlier first, whatever the order given). */
export async function compareDates(
	datasetId: string,
	dayA: number,
	dayB: number
): Promise<DateComparison> {
	const [settings, dataset] = await Promise.all([settingsOf(datasetId), loadDataset(datasetId)]);
	const [first, second] = dayA <= dayB ? [dayA, dayB] : [dayB, dayA];
	// Tiers on CLV rank on the forecast fitted at each date.
	const forecast = settings.tiers.metric === 'clv' ? await forecastOptionsOf(datasetId) : null;
	const at = (day: number) =>
		analyze(
			dataset.prepared,
			{ ...settings, asOfDay: day },
			dataset.attributes,
			forecast ? modelOf(dataset.prepared, day, forecast, true).scores.clv : null
		);
	const a = at(first);
	const b = at(second);
	const date = (day: number, result: typeof a): ComparedDate => ({
		day,
		snapshot: snapshotOf(result),
		segments: result.segments.map((s) => s.customers),
		tiers: result.tiers.map((t) => t.customers)
	});
	return {
		datasetId,
		earlier: date(first, a),
		later: date(second, b),
		segments: b.segments.map(({ key, label }) => ({ key, label })),
		tiers: b.tiers.map(({ key, label }) => ({ key, label })),
		tierMoves: tierMoves(a.customers.tier, b.customers.tier),
		summary: biggestSegmentChange(a.customers.segment, b.customers.segment, b.segments.length),
		migration: migrationMatrix(
			customerStatsAt(dataset.prepared, second),
			b.customers.segment,
			a.customers.segment,
			b.segments.length,
			{ offsetDays: second - first, previousAsOfDay: first }
		),
		segmentProfiles: b.segments
	};
}
