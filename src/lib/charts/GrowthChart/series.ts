/**
 * How the growth chart tells its series apart besides colour: customer lines by dash, and revenue
 * bars by the colour of the customers they come from.
 */
import type { CustomerSeries, RevenueSeries } from './layout';

/** Dash of each customer line (solid for active), so the lines differ by more than colour. */
export const CUSTOMER_DASH: Readonly<Record<CustomerSeries, string | undefined>> = {
	active: undefined,
	new: '7 4',
	returning: '2 3'
};

/**
 * The customers a revenue series comes from, whose colour its bars take.
 * @example customersOf('newRevenue') // → 'new'
 */
export function customersOf(series: RevenueSeries): CustomerSeries {
	return series === 'newRevenue' ? 'new' : 'returning';
}
