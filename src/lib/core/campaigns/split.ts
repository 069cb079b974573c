/**
 * The control group of a campaign list: a seeded, exact-size hold-out that depends only on the
 * seed stored with the campaign and the customers on the list — not on the order of the list — so
 * every export of the same campaign splits the same way.
 */
import { mix32 } from '../demo/random';

/** Share of the list held out when the user does not choose one. */
export const DEFAULT_CONTROL_SHARE = 0.1;

/**
 * A 32-bit hash of (seed, customer id): h = mix32(seed), then h = mix32(h XOR u) for each UTF-16
 * code unit u of the id (`mix32` is the splitmix32 step of `core/demo/random.ts`).
 * @example splitHash(7, 'C1') === splitHash(7, 'C1') // → true
 * @example splitHash(7, 'C1') === splitHash(8, 'C1') // → false
 */
export function splitHash(seed: number, id: string): number {
	let h = mix32(seed >>> 0);
	for (let k = 0; k < id.length; k++) h = mix32((h ^ id.charCodeAt(k)) >>> 0);
	return h;
}

/**
 * Which list positions are held out as the control group. Exact selection: the k = round(share × n)
 * customers with the lowest `splitHash(seed, id)` (ties: the smaller id in code-unit order) form the
 * control group, so the realised share is within half a customer of the target and the same seed
 * gives the same split whatever the list's order. Returns 1 (control) or 0 (target) per position.
 * @example controlGroup(['a', 'b', 'c', 'd'], 0.5, 42) // → Uint8Array with two 1s, the same on every call
 */
export function controlGroup(ids: readonly string[], share: number, seed: number): Uint8Array {
	const n = ids.length;
	const control = new Uint8Array(n);
	const k = Math.round(Math.min(1, Math.max(0, share)) * n);
	if (k === 0) return control;
	const hashes = new Float64Array(n);
	for (let i = 0; i < n; i++) hashes[i] = splitHash(seed, ids[i]);
	const order = Array.from({ length: n }, (_, i) => i);
	order.sort((a, b) => hashes[a] - hashes[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
	for (let r = 0; r < k; r++) control[order[r]] = 1;
	return control;
}
