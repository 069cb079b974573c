import { describe, expect, it } from 'vitest';
import { PANEL_HEIGHT, scenarioLayout } from './layout';

const flat = (values: number[]) => ({ baseline: values, scenario: values });

describe('scenarioLayout', () => {
	const layout = scenarioLayout(
		{
			active: { baseline: [10, 20, 30], scenario: [10, 25, 40] },
			newCustomers: flat([5, 5, 5]),
			revenueCents: flat([0, 100, 200])
		},
		464,
		30
	);

	it('spreads the months over the width between the margins', () => {
		// left 64, right 464 − 16 = 448: months 1, 2, 3 at 64, 256, 448
		expect(layout.x).toEqual([64, 256, 448]);
	});

	it('scales each panel from 0 to the larger series', () => {
		const active = layout.panels[0];
		// domain [0, 40] on [30 + 150, 30]: 40 → 30, 20 → 105, 0 → 180
		expect(active.scenarioY[2]).toBeCloseTo(30);
		expect(active.baselineY[1]).toBeCloseTo(105);
		expect(active.bottom).toBe(30 + PANEL_HEIGHT);
		expect(active.scenarioPath.startsWith('M64,')).toBe(true);
	});

	it('stacks the panels without overlap', () => {
		const [a, b, c] = layout.panels;
		expect(b.top).toBeGreaterThan(a.bottom);
		expect(c.top).toBeGreaterThan(b.bottom);
		expect(layout.height).toBeGreaterThan(c.bottom);
	});
});
