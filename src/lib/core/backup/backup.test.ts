import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	BackupError,
	backupFileName,
	PBKDF2_ITERATIONS,
	readBackup,
	writeBackup,
	type BackupContents,
	type BackupPlatform,
	type BackupSink
} from './index';

const platform: BackupPlatform = {
	subtle: crypto.subtle,
	randomBytes: (count) => crypto.getRandomValues(new Uint8Array(count)),
	gzip: () => new CompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gzip']>,
	gunzip: () => new DecompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gunzip']>
};

/** Fast key derivation for most tests; one test uses the real default. */
const FAST = 1000;

/** A small dataset whose chunks carry a column the format has never heard of (`product`). */
function sampleContents(chunkCount = 3): BackupContents & { chunks: Record<string, unknown>[] } {
	const chunks = Array.from({ length: chunkCount }, (_, index) => {
		const n = 50 + index * 7;
		return {
			index,
			customer: Int32Array.from({ length: n }, (_, i) => (i * 7 + index) % 13),
			day: Int32Array.from({ length: n }, (_, i) => 19_000 + i + index * 100),
			amountCents: Float64Array.from(
				{ length: n },
				(_, i) => (i % 5 === 0 ? -1 : 1) * (i * 101 + 0.5)
			),
			order: Int32Array.from({ length: n }, (_, i) => Math.floor(i / 2) + index * 1000),
			attributes: [Int32Array.from({ length: n }, (_, i) => (i % 3) - 1)],
			product: Uint16Array.from({ length: n }, (_, i) => i % 4),
			quantity: Float32Array.from({ length: n }, (_, i) => i / 4)
		};
	});
	return {
		dataset: {
			name: 'Q3 shop — 华东',
			source: 'sales.csv',
			rowCount: chunks.reduce((sum, c) => sum + (c.customer as Int32Array).length, 0),
			currency: 'CNY',
			mapping: { kind: 'transactions', delimiter: ',', dateFormat: { dayOrder: 'dmy' } }
		},
		settings: {
			settings: { scheme: { kind: 'custom', segments: [{ key: 'vip', r: [4, 5], fm: [4, 5] }] } },
			extras: { playbooks: { vip: { goal: '保持活跃', actions: ['生日礼券'] } } }
		},
		dictionaries: {
			customerIds: Array.from({ length: 13 }, (_, i) => `C${i}`),
			attributes: [{ name: 'channel', values: ['web', '门店'] }]
		},
		chunkCount: chunks.length,
		chunk: async (index) => chunks[index],
		chunks
	};
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	// Odd slices, so no reader can count on reads lining up with the layout.
	return new ReadableStream({
		start(controller) {
			for (let i = 0; i < bytes.length; i += 777) controller.enqueue(bytes.slice(i, i + 777));
			controller.close();
		}
	});
}

function collector() {
	const got = {
		dataset: null as unknown,
		settings: null as unknown,
		loop: null as unknown,
		feedback: null as unknown,
		dictionaries: null as unknown,
		chunks: [] as unknown[]
	};
	const sink: BackupSink = {
		dataset: async (r) => void (got.dataset = r),
		settings: async (r) => void (got.settings = r),
		loop: async (r) => void (got.loop = r),
		feedback: async (r) => void (got.feedback = r),
		dictionaries: async (r) => void (got.dictionaries = r),
		chunk: async (r) => void got.chunks.push(r)
	};
	return { got, sink };
}

async function backup(
	options: {
		password?: string;
		frameBytes?: number;
		chunks?: number;
		loop?: Record<string, unknown>;
		feedback?: Record<string, unknown>;
	} = {}
) {
	const contents = {
		...sampleContents(options.chunks),
		loop: options.loop ?? null,
		feedback: options.feedback ?? null
	};
	const bytes = await bytesOf(
		await writeBackup(contents, {
			platform,
			app: 'test',
			created: 1_700_000_000_000,
			password: options.password,
			iterations: FAST,
			frameBytes: options.frameBytes
		})
	);
	return { contents, bytes };
}

async function failure(bytes: Uint8Array, password?: string): Promise<BackupError> {
	const { sink } = collector();
	try {
		await readBackup(streamOf(bytes), { platform, password }, sink);
	} catch (error) {
		if (error instanceof BackupError) return error;
		throw error;
	}
	throw new Error('the backup was read without an error');
}

/** Offsets of the frames, parsed by hand from the documented layout. */
function frames(bytes: Uint8Array): { at: number; flags: number; length: number }[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	let at = 16 + view.getUint32(12, true);
	const out = [];
	while (at < bytes.length) {
		const length = view.getUint32(at + 1, true);
		out.push({ at, flags: bytes[at], length });
		at += 5 + length;
	}
	return out;
}

/** A loop record as the worker stores it: campaigns, a scenario and the 32-byte HMAC key. */
const LOOP = {
	hmacKey: Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256),
	campaigns: [{ id: 'c1', name: '回流券', ids: ['C1', 'C4'], control: Uint8Array.from([0, 1]) }],
	scenarios: [{ id: 's1', name: 'Double', created: 1_700_000_000_000 }]
};

/** Sets the u16 format version of a plain backup (unauthenticated without a password). */
function withVersion(bytes: Uint8Array, version: number): Uint8Array {
	const copy = bytes.slice();
	new DataView(copy.buffer).setUint16(8, version, true);
	return copy;
}

describe('.strata v2: the loop record (campaigns, scenarios, pseudonym key)', () => {
	it.each([['plain'], ['encrypted']])(
		'%s: comes back byte for byte, after settings',
		async (kind) => {
			const password = kind === 'encrypted' ? 'secret' : undefined;
			const { bytes } = await backup({ loop: LOOP, password });
			const { got, sink } = collector();
			await readBackup(streamOf(bytes), { platform, password }, sink);
			expect(got.loop).toEqual(LOOP);
			expect((got.loop as typeof LOOP).hmacKey).toBeInstanceOf(Uint8Array);
			expect((got.loop as typeof LOOP).campaigns[0].control).toBeInstanceOf(Uint8Array);
		}
	);

	it('still reads a version 1 file (no loop record), and refuses a loop record in one', async () => {
		const { contents, bytes } = await backup();
		const { got, sink } = collector();
		await readBackup(streamOf(withVersion(bytes, 1)), { platform }, sink);
		expect(got.dictionaries).toEqual(contents.dictionaries);
		expect(got.loop).toBeNull();
		const withLoop = (await backup({ loop: LOOP })).bytes;
		expect((await failure(withVersion(withLoop, 1))).code).toBe('corrupted');
	});
});

describe('.strata: round trip', () => {
	it.each<[string, { password?: string; frameBytes?: number; chunks?: number }]>([
		['plain', {}],
		['plain, many small frames', { frameBytes: 64 }],
		['with a password', { password: 'correct horse battery staple' }],
		['with a password, many small frames', { password: 'pässwörd 密码', frameBytes: 50 }],
		['with no chunks', { chunks: 0 }]
	])('%s: every record and field comes back, typed arrays by type', async (_, options) => {
		const { contents, bytes } = await backup(options);
		const { got, sink } = collector();
		const summary = await readBackup(
			streamOf(bytes),
			{ platform, password: options.password },
			sink
		);
		expect(summary.chunks).toBe(contents.chunkCount);
		expect(summary.header.created).toBe(1_700_000_000_000);
		expect(got.dataset).toEqual(contents.dataset);
		expect(got.settings).toEqual(contents.settings);
		expect(got.dictionaries).toEqual(contents.dictionaries);
		expect(got.chunks).toEqual(contents.chunks.map(({ ...chunk }) => chunk));
		for (const chunk of got.chunks as Record<string, unknown>[]) {
			expect(chunk.product).toBeInstanceOf(Uint16Array);
			expect(chunk.amountCents).toBeInstanceOf(Float64Array);
		}
	});

	it('matches the documented layout, read by hand and inflated by node:zlib', async () => {
		const { bytes } = await backup({ frameBytes: 100 });
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x53, 0x54, 0x52, 0x41, 0x54, 0x41, 0x0a]);
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		expect(view.getUint16(8, true)).toBe(4);
		expect(bytes[10]).toBe(0);
		const header = JSON.parse(
			new TextDecoder().decode(bytes.subarray(16, 16 + view.getUint32(12, true)))
		);
		expect(header).toEqual({
			created: 1_700_000_000_000,
			app: 'test',
			compression: 'gzip',
			encryption: null
		});
		const list = frames(bytes);
		expect(list.length).toBeGreaterThan(2);
		expect(list.map((f) => f.flags)).toEqual([...list.slice(1).map(() => 0), 1]);
		const gz = Buffer.concat(list.map((f) => bytes.subarray(f.at + 5, f.at + 5 + f.length)));
		const inflated = gunzipSync(gz);
		// Records: kind byte, u32 length; dataset, settings, dictionaries, 3 chunks, end.
		const kinds = [];
		for (let at = 0; at < inflated.length; at += 5 + inflated.readUInt32LE(at + 1)) {
			kinds.push(inflated[at]);
		}
		expect(kinds).toEqual([1, 2, 3, 4, 4, 4, 255]);
	});

	it('encrypts: no plain text of the data in the file, key from 600,000 PBKDF2 rounds by default', async () => {
		const contents = sampleContents(1);
		const bytes = await bytesOf(
			await writeBackup(contents, { platform, app: 'test', password: 'secret' })
		);
		expect(bytes[10] & 1).toBe(1);
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		const header = JSON.parse(
			new TextDecoder().decode(bytes.subarray(16, 16 + view.getUint32(12, true)))
		);
		expect(header.encryption.iterations).toBeGreaterThanOrEqual(600_000);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(atob(header.encryption.salt)).toHaveLength(16);
		// Every frame's payload is IV + ciphertext + tag, and the body does not inflate as gzip.
		const list = frames(bytes);
		const body = Buffer.concat(
			list.map((f) => bytes.subarray(f.at + 5 + 12, f.at + 5 + f.length - 16))
		);
		expect(() => gunzipSync(body)).toThrow();
		const { got, sink } = collector();
		await readBackup(streamOf(bytes), { platform, password: 'secret' }, sink);
		expect(got.dataset).toEqual(contents.dataset);
	});

	it('two backups of the same data use different salts and IVs', async () => {
		const a = await backup({ password: 'x' });
		const b = await backup({ password: 'x' });
		expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).not.toBe(0);
	});
});

/** A feedback record as the worker stores it (issue 16): columns, dictionaries and file reports. */
const FEEDBACK = {
	customer: Int32Array.from([0, -1, 2]),
	day: Int32Array.from([19_800, 19_801, 19_802]),
	score: Uint8Array.from([9, 3, 10]),
	scale: Uint8Array.from([0, 0, 0]),
	comment: Int32Array.from([0, -1, -1]),
	channel: Int32Array.from([-1, -1, -1]),
	comments: ['物流很快'],
	channels: [],
	unknownIds: ['X9'],
	files: [{ name: 'survey.csv', created: 1_700_000_000_000, report: { imported: 3 } }]
};

describe('.strata v3: the feedback record (survey and review responses)', () => {
	it('comes back field by field, typed arrays included', async () => {
		const { bytes } = await backup({ loop: LOOP, feedback: FEEDBACK, password: 'pw' });
		const { got, sink } = collector();
		await readBackup(streamOf(bytes), { platform, password: 'pw' }, sink);
		expect(got.feedback).toEqual(FEEDBACK);
		expect((got.feedback as typeof FEEDBACK).customer).toBeInstanceOf(Int32Array);
		expect(got.loop).toEqual(LOOP);
	});

	it('refuses a feedback record in a version 2 file', async () => {
		const { bytes } = await backup({ feedback: FEEDBACK });
		expect((await failure(withVersion(bytes, 2))).code).toBe('corrupted');
	});
});

describe('.strata: refusals, each with its own code', () => {
	it('a newer format version', async () => {
		const { bytes } = await backup();
		const newer = bytes.slice();
		new DataView(newer.buffer).setUint16(8, 5, true);
		const error = await failure(newer);
		expect(error.code).toBe('newer_version');
		expect(error.params).toEqual({ version: 5, supported: 4 });
	});

	it.each([
		['a CSV', new TextEncoder().encode('customer,date,amount\nC1,2024-01-01,10\n')],
		['an empty file', new Uint8Array(0)],
		['a gzip file', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])]
	])('%s is not a backup', async (_, bytes) => {
		expect((await failure(bytes)).code).toBe('not_a_backup');
	});

	it('a missing password, then a wrong one', async () => {
		const { bytes } = await backup({ password: 'right' });
		expect((await failure(bytes)).code).toBe('password_required');
		expect((await failure(bytes, 'wrong')).code).toBe('wrong_password');
	});

	it.each([['plain'], ['encrypted']])('%s: truncated anywhere', async (kind) => {
		const password = kind === 'encrypted' ? 'pw' : undefined;
		const { bytes } = await backup({ password, frameBytes: 200 });
		const list = frames(bytes);
		const cuts = [
			10, // inside the preamble
			18, // inside the header
			list[0].at, // before the first frame
			list[1].at + 3, // inside a frame prefix
			list[1].at + 40, // inside a frame payload
			list.at(-1)!.at, // the final frame dropped, at a frame boundary
			bytes.length - 1 // the last byte missing
		];
		for (const cut of cuts) {
			expect((await failure(bytes.subarray(0, cut), password)).code, `cut at ${cut}`).toBe(
				'truncated'
			);
		}
	});

	it.each([['plain'], ['encrypted']])(
		'%s: a flipped byte, swapped frames or trailing data',
		async (kind) => {
			const password = kind === 'encrypted' ? 'pw' : undefined;
			const { bytes } = await backup({ password, frameBytes: 200 });
			const list = frames(bytes);
			const flipped = bytes.slice();
			flipped[list[1].at + 5 + 30] ^= 0x40;
			expect((await failure(flipped, password)).code).toBe('corrupted');

			const [a, b] = [list[1], list[2]];
			const swapped = Buffer.concat([
				bytes.subarray(0, a.at),
				bytes.subarray(b.at, b.at + 5 + b.length),
				bytes.subarray(a.at, a.at + 5 + a.length),
				bytes.subarray(b.at + 5 + b.length)
			]);
			expect((await failure(swapped, password)).code).toBe('corrupted');

			const trailing = Buffer.concat([bytes, Buffer.from([0, 0, 0, 0, 0])]);
			expect((await failure(trailing, password)).code).toBe('corrupted');
		}
	);

	it('encrypted: marking an early frame final is detected (the flag is authenticated)', async () => {
		const { bytes } = await backup({ password: 'pw', frameBytes: 200 });
		const list = frames(bytes);
		const cut = Buffer.from(bytes.subarray(0, list[1].at + 5 + list[1].length));
		cut[list[1].at] = 1;
		expect((await failure(cut, 'pw')).code).toBe('corrupted');
	});

	it('passes a sink error through unchanged and stops reading', async () => {
		const { bytes } = await backup();
		const { sink } = collector();
		const full = new Error('QuotaExceededError');
		let chunksAfter = 0;
		sink.chunk = async () => {
			chunksAfter++;
			throw full;
		};
		await expect(readBackup(streamOf(bytes), { platform }, sink)).rejects.toBe(full);
		expect(chunksAfter).toBe(1);
	});
});

describe('backupFileName', () => {
	it.each([
		['Demo shop', 'Demo shop.strata'],
		['Q3: shop/online', 'Q3_ shop_online.strata'],
		['华东 门店', '华东 门店.strata'],
		['  ', 'dataset.strata'],
		['a<b>c|d?e*f"g\\h', 'a_b_c_d_e_f_g_h.strata']
	])('%s → %s', (name, file) => {
		expect(backupFileName(name)).toBe(file);
	});
});
