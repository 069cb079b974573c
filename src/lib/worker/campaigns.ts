/**
 * The campaigns work of the analysis worker (issue 17): the draft list of a customers query,
 * saved campaigns with their seeded control group, the list export (pseudonymised under the
 * dataset's HMAC key when asked) and the measurement of a saved campaign. Campaigns, scenarios
 * and the key live in the `loop` table, one record per dataset.
 */
import {
	campaignListRows,
	campaignOutcomes,
	controlGroup,
	hmacKey,
	measureCampaign,
	pseudonymise,
	pseudonymLookup,
	PSEUDONYM_KEY_BYTES,
	type CampaignMeasurement
} from '$lib/core/campaigns';
import { queryFromParams, runQuery } from '$lib/core/customer-query';
import { keepSource } from '$lib/core/sources';
import { UTF8_BOM, writeCsv } from '$lib/core/export/csv-writer';
import { playbookFor, type Playbook } from '$lib/core/playbooks';
import { db, type LoopRecord } from '$lib/db/schema';
import { analysisOf, loadDataset, settingsOf } from './engine';
import { recommendationsOf, recommendedIds } from './products';
import { requireDataset } from './store';

/** A saved campaign as stored: the list (customer ids) and its groups are frozen at saving. */
interface StoredCampaign {
	id: string;
	name: string;
	/** Campaign date (day number): measurement counts orders from this day on. */
	day: number;
	created: number;
	/** Control share asked for (0 … 1) and the seed of the split. */
	share: number;
	seed: number;
	/** The customers-page query the list came from (URL search string). */
	query: string;
	ids: string[];
	/** Per list position: 1 = control. */
	control: Uint8Array;
}

/** A saved campaign as the page lists it. */
export type CampaignSummary = Omit<StoredCampaign, 'ids' | 'control'> & {
	customers: number;
	controlCustomers: number;
};

/** What the campaigns page asks for: a list from a query, split and written as it asks. */
export interface CampaignDraft {
	/** Customers-page query as a URL search string ('' = every scored customer). */
	query: string;
	/** Control share, 0 … 1. */
	share: number;
	seed: number;
}

export interface DraftPreview {
	customers: number;
	controlCustomers: number;
	/** The first rows of the list's CSV cells (no header). */
	rows: string[][];
}

/** A saved campaign's measurement; null while the dataset has no day after the campaign's. */
export interface CampaignResult {
	campaign: CampaignSummary;
	asOfDay: number | null;
	measurement: CampaignMeasurement | null;
}

/** Rows the draft preview shows. */
const PREVIEW_ROWS = 20;

/** The dataset's loop record (campaigns, scenarios, key), or an empty one. */
export async function loopRecord(datasetId: string): Promise<LoopRecord> {
	return (await db.loop.get(datasetId)) ?? { datasetId };
}

/** Change a dataset's loop record in one transaction. */
export async function updateLoop(
	datasetId: string,
	change: (record: LoopRecord) => LoopRecord
): Promise<LoopRecord> {
	return db.transaction('rw', [db.datasets, db.loop], async () => {
		await requireDataset(datasetId);
		const next = change((await db.loop.get(datasetId)) ?? { datasetId });
		await db.loop.put(next);
		return next;
	});
}

/** The dataset's HMAC key, made from 32 random bytes the first time it is needed. */
async function datasetKey(datasetId: string): Promise<CryptoKey> {
	const record = await updateLoop(datasetId, (record) =>
		record.hmacKey
			? record
			: { ...record, hmacKey: crypto.getRandomValues(new Uint8Array(PSEUDONYM_KEY_BYTES)) }
	);
	return hmacKey(crypto.subtle, record.hmacKey!);
}

const storedCampaigns = (record: LoopRecord) => (record.campaigns ?? []) as StoredCampaign[];

function summary({ ids, control, ...rest }: StoredCampaign): CampaignSummary {
	let controlCustomers = 0;
	for (const flag of control) controlCustomers += flag;
	return { ...rest, customers: ids.length, controlCustomers };
}

/** The analysis, ids and the per-customer cells a list row needs. */
async function listContext(datasetId: string, language: 'en' | 'zh') {
	const settings = await settingsOf(datasetId);
	const [{ result }, { columns, prepared }, record] = await Promise.all([
		analysisOf(datasetId, settings),
		loadDataset(datasetId),
		db.settings.get(datasetId)
	]);
	const edited =
		(record?.extras as { playbooks?: Record<string, Playbook> } | undefined)?.playbooks ?? {};
	const next = await recommendationsOf(datasetId);
	const recommended = next
		? (c: number) => recommendedIds(next.slots, next.products, c)
		: undefined;
	return { result, columns, prepared, edited, language, recommended };
}

type ListContext = Awaited<ReturnType<typeof listContext>>;

/** The list's CSV cells, header first; `ids` are what the customer_id column shows. */
function listRows(
	context: ListContext,
	members: Int32Array,
	ids: string[],
	control: Uint8Array
): string[][] {
	const { result, edited, language } = context;
	return campaignListRows({
		members,
		ids,
		segment: result.customers.segment,
		tier: result.customers.tier,
		stage: result.customers.stage,
		segmentKeys: result.segments.map((s) => s.key),
		tierKeys: result.tiers.map((t) => t.key),
		stageKeys: result.stages.map((s) => s.key),
		actionOfSegment: result.segments.map((s) => {
			const playbook = playbookFor(s.key, edited);
			return playbook.actions[language][0] ?? playbook.goal[language];
		}),
		recommendedProducts: context.recommended,
		control
	});
}

/** Customer indexes of a query's list, in the customers page's order. */
function membersOf(context: ListContext, query: string): Int32Array {
	const params = new URLSearchParams(query);
	const members = runQuery(context.result, context.columns.customerIds, queryFromParams(params));
	// A list from one source (channel), issue 13: `source=<name>` as on the customers page.
	return keepSource(members, context.columns, params.get('source'));
}

const idsOf = (context: ListContext, members: Int32Array) =>
	Array.from(members, (c) => context.columns.customerIds[c]);

/** The draft list of a query: its size, its control group and its first rows. */
export async function campaignDraft(
	datasetId: string,
	draft: CampaignDraft,
	language: 'en' | 'zh'
): Promise<DraftPreview> {
	const context = await listContext(datasetId, language);
	const members = membersOf(context, draft.query);
	const ids = idsOf(context, members);
	const control = controlGroup(ids, draft.share, draft.seed);
	let controlCustomers = 0;
	for (const flag of control) controlCustomers += flag;
	const head = members.slice(0, PREVIEW_ROWS);
	return {
		customers: members.length,
		controlCustomers,
		rows: listRows(context, head, ids.slice(0, PREVIEW_ROWS), control.slice(0, PREVIEW_ROWS)).slice(
			1
		)
	};
}

/**
 * The campaign list CSV (stable contract), UTF-8 with a BOM: of a draft, or of a saved campaign
 * (its frozen list and groups, today's segment, tier and stage). With `pseudonymised`, customer
 * ids are replaced by their HMAC pseudonyms under the dataset's key.
 */
export async function campaignCsv(
	datasetId: string,
	list: CampaignDraft | { campaignId: string },
	pseudonymised: boolean,
	language: 'en' | 'zh'
): Promise<string> {
	const context = await listContext(datasetId, language);
	let members: Int32Array;
	let ids: string[];
	let control: Uint8Array;
	if ('campaignId' in list) {
		const stored = await campaignById(datasetId, list.campaignId);
		const index = new Map(context.columns.customerIds.map((id, c) => [id, c]));
		members = Int32Array.from(stored.ids, (id) => index.get(id) ?? -1);
		ids = stored.ids;
		control = stored.control;
	} else {
		members = membersOf(context, list.query);
		ids = idsOf(context, members);
		control = controlGroup(ids, list.share, list.seed);
	}
	const shown = pseudonymised
		? await pseudonymise(crypto.subtle, await datasetKey(datasetId), ids)
		: ids;
	const rows = listRows(context, members, shown, control);
	return UTF8_BOM + writeCsv(rows[0], rows.slice(1));
}

async function campaignById(datasetId: string, campaignId: string): Promise<StoredCampaign> {
	const found = storedCampaigns(await loopRecord(datasetId)).find((c) => c.id === campaignId);
	if (!found) throw new Error(`No campaign ${campaignId} in this dataset.`);
	return found;
}

/** The dataset's saved campaigns, newest first. */
export async function campaignsOf(datasetId: string): Promise<CampaignSummary[]> {
	return storedCampaigns(await loopRecord(datasetId))
		.map(summary)
		.sort((a, b) => b.created - a.created);
}

/** Save a draft as a campaign: its list and groups are frozen now, with the seed. */
export async function saveCampaign(
	datasetId: string,
	draft: CampaignDraft & { name: string; day: number }
): Promise<CampaignSummary[]> {
	const context = await listContext(datasetId, 'en');
	const members = membersOf(context, draft.query);
	const ids = idsOf(context, members);
	const campaign: StoredCampaign = {
		id: crypto.randomUUID(),
		name: draft.name.trim().slice(0, 120) || 'Campaign',
		day: draft.day,
		created: Date.now(),
		share: draft.share,
		seed: draft.seed >>> 0,
		query: draft.query,
		ids,
		control: controlGroup(ids, draft.share, draft.seed >>> 0)
	};
	await updateLoop(datasetId, (record) => ({
		...record,
		campaigns: [...storedCampaigns(record), campaign]
	}));
	return campaignsOf(datasetId);
}

/** Forget a saved campaign. */
export async function deleteCampaign(
	datasetId: string,
	campaignId: string
): Promise<CampaignSummary[]> {
	await updateLoop(datasetId, (record) => ({
		...record,
		campaigns: storedCampaigns(record).filter((c) => c.id !== campaignId)
	}));
	return campaignsOf(datasetId);
}

/**
 * Target vs control of a saved campaign from its day to the dataset's as-of date D; no
 * measurement while D is not after the campaign day. Customers no longer in the dataset count as
 * customers who did nothing.
 */
export async function measureSavedCampaign(
	datasetId: string,
	campaignId: string
): Promise<CampaignResult> {
	const [stored, context] = await Promise.all([
		campaignById(datasetId, campaignId),
		listContext(datasetId, 'en')
	]);
	const asOfDay = context.result.asOfDay;
	if (asOfDay === null || asOfDay <= stored.day) {
		return { campaign: summary(stored), asOfDay, measurement: null };
	}
	const index = new Map(context.columns.customerIds.map((id, c) => [id, c]));
	const known = stored.ids.map((id) => index.get(id) ?? -1);
	const present = known.flatMap((c, k) => (c >= 0 ? [k] : []));
	const outcomes = campaignOutcomes(
		context.prepared,
		Int32Array.from(present, (k) => known[k]),
		stored.day,
		asOfDay
	);
	const purchases = new Int32Array(known.length);
	const revenueCents = new Float64Array(known.length);
	present.forEach((k, j) => {
		purchases[k] = outcomes.purchases[j];
		revenueCents[k] = outcomes.revenueCents[j];
	});
	return {
		campaign: summary(stored),
		asOfDay,
		measurement: measureCampaign({ purchases, revenueCents }, stored.control)
	};
}

/**
 * The customer id behind a pseudonym of this dataset (null when none matches): every id is
 * signed again under the dataset's key, so a file sent back by a vendor maps to customers here.
 */
export async function customerOfPseudonym(
	datasetId: string,
	pseudonym: string
): Promise<string | null> {
	const { columns } = await loadDataset(datasetId);
	const ids = columns.customerIds;
	const pseudonyms = await pseudonymise(crypto.subtle, await datasetKey(datasetId), ids);
	const index = pseudonymLookup(pseudonyms).get(pseudonym.trim().toLowerCase());
	return index === undefined ? null : ids[index];
}
