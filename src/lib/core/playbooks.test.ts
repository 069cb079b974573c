import { describe, expect, it } from 'vitest';
import { RFM_GRID_SEGMENTS, VALUE8_SEGMENTS } from './analytics/labels';
import { DEFAULT_PLAYBOOKS, playbookFor } from './playbooks';

describe('playbooks', () => {
	it('has a playbook in both languages for every built-in segment', () => {
		for (const { key } of [...RFM_GRID_SEGMENTS, ...VALUE8_SEGMENTS]) {
			const book = DEFAULT_PLAYBOOKS[key];
			expect(book, key).toBeDefined();
			expect(book.goal.en && book.goal.zh, key).toBeTruthy();
			expect(book.actions.en.length, key).toBeGreaterThanOrEqual(3);
			expect(book.actions.zh.length, key).toBe(book.actions.en.length);
		}
	});

	it('prefers the user’s edit, then the default, then an empty playbook', () => {
		const edited = {
			champions: { goal: { en: 'Mine', zh: '我的' }, actions: { en: ['a'], zh: ['甲'] } }
		};
		expect(playbookFor('champions', edited).goal.en).toBe('Mine');
		expect(playbookFor('lost', edited)).toBe(DEFAULT_PLAYBOOKS.lost);
		expect(playbookFor('vip', edited)).toEqual({
			goal: { en: '', zh: '' },
			actions: { en: [], zh: [] }
		});
	});
});
