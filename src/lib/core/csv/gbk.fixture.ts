/**
 * A GBK encoder for test data only (Node has no GBK encoder): the reverse of `TextDecoder('gbk')`
 * over every two-byte sequence 0x81–0xFE × 0x40–0xFE, built once.
 */
let table: Map<string, number[]> | null = null;

function reverseTable(): Map<string, number[]> {
	if (table) return table;
	table = new Map();
	const decoder = new TextDecoder('gbk');
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(Uint8Array.of(lead, trail));
			if (char.length === 1 && char !== '\ufffd' && !table.has(char))
				table.set(char, [lead, trail]);
		}
	}
	return table;
}

/**
 * GBK bytes of a text (ASCII as is); throws on a character GBK cannot write.
 * @example encodeGbk('你好') // → Uint8Array [0xc4, 0xe3, 0xba, 0xc3]
 */
export function encodeGbk(text: string): Uint8Array {
	const map = reverseTable();
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0) as number;
		if (code < 0x80) bytes.push(code);
		else {
			const pair = map.get(char);
			if (!pair) throw new Error(`GBK cannot encode ${char}`);
			bytes.push(pair[0], pair[1]);
		}
	}
	return Uint8Array.from(bytes);
}
