/**
 * The demo model's numbers: the parameters of the simulation and the sampling tables derived once
 * from the catalogue. Apart from the stream's mechanics (`simulate.ts`, `stream.ts`) so that the
 * numbers the tests' expected bands rest on sit in one short file: change one only together with
 * those bands.
 */
import {
	DEMO_CATEGORIES,
	DEMO_CHANNELS,
	DEMO_CITIES,
	DEMO_PRODUCTS,
	GIFT_CATEGORY,
	HOUR_DEMAND
} from './catalog';
import { cumulativeWeights } from './random';

// --- Model parameters -------------------------------------------------------------------------

/** Acquisitions per day at the window's end relative to its start: the shop is growing. */
export const ACQUISITION_GROWTH = 2;
/** Months of trading simulated before the window; their orders are not part of the data. */
export const LEAD_IN_MONTHS = 12;
/** Purchase rate λ ~ Gamma(shape, mean): most customers buy rarely, a few very often. */
export const RATE_SHAPE = 0.7;
export const RATE_MEAN_PER_YEAR = 10;
/** Dropout probability after each purchase p ~ Beta(α, β), mean ≈ 0.3. */
export const DROPOUT_ALPHA = 1.4;
export const DROPOUT_BETA = 2.8;
/** Spend level ~ Gamma(shape, 1/shape) (mean 1): scales lines per order and units per line. */
export const SPEND_SHAPE = 1.1;
/** Mean number of lines per order beyond the first, for a spend level of 1. */
export const EXTRA_LINES_MEAN = 2.6;
export const MAX_LINES_PER_ORDER = 30;
/** Share of a customer's lines taken from their favourite category. */
export const FAVOURITE_SHARE = 0.45;
/** Share of a customer's orders placed on their preferred channel. */
export const PREFERRED_CHANNEL_SHARE = 0.85;
/** Probability that a purchase is partly returned, and the mean days until the return. */
export const RETURN_PROBABILITY = 0.07;
export const RETURN_DELAY_MEAN = 9;
/** Gift-category demand multiplier in November and December. */
export const GIFT_SEASON_BOOST = 3;

// --- Tables derived once from the catalog ------------------------------------------------------

export const productCdf = cumulativeWeights(DEMO_PRODUCTS.map((p) => p.weight));
export const giftSeasonProductCdf = cumulativeWeights(
	DEMO_PRODUCTS.map((p) => p.weight * (p.category === GIFT_CATEGORY ? GIFT_SEASON_BOOST : 1))
);
/** Per category: its products' indexes and a cumulative table over them. */
export const categoryProducts = DEMO_CATEGORIES.map((_, c) => {
	const members = DEMO_PRODUCTS.flatMap((p, i) => (p.category === c ? [i] : []));
	return { members, cdf: cumulativeWeights(members.map((i) => DEMO_PRODUCTS[i].weight)) };
});
export const categoryCdf = cumulativeWeights(
	categoryProducts.map(({ members }) => members.reduce((s, i) => s + DEMO_PRODUCTS[i].weight, 0))
);
export const cityCdf = cumulativeWeights(DEMO_CITIES.map((c) => c.weight));
export const channelCdf = cumulativeWeights(DEMO_CHANNELS.map((c) => c.weight));
export const hourCdf = cumulativeWeights(HOUR_DEMAND);
/** Returns are processed in working hours. */
export const returnHourCdf = cumulativeWeights(
	HOUR_DEMAND.map((w, h) => (h >= 9 && h < 18 ? w : 0))
);
