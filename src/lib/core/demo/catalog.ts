/**
 * The fictional shop behind the demo data: a British lifestyle, tea and homeware web shop
 * ("Strata & Leaf") with 41 products in 8 categories, customers mostly in UK cities and some
 * abroad, and four sales channels. Weights are relative popularity; they need not sum to 1.
 * All text is ASCII without commas or quotes, so CSV cells never need quoting.
 * A Chinese visitor gets the same shop with Chinese names in yuan (`catalog-zh.ts`, `demoNames`).
 */
import {
	DEMO_CATEGORIES_ZH,
	DEMO_CHANNELS_ZH,
	DEMO_CITIES_ZH,
	DEMO_COUNTRIES_ZH,
	DEMO_PRODUCTS_ZH
} from './catalog-zh';

/** One product on sale. */
export interface DemoProduct {
	/** UCI-style stock code. */
	code: string;
	name: string;
	/** Index into `DEMO_CATEGORIES`. */
	category: number;
	/** Unit price in integer cents (pence). */
	priceCents: number;
	/** Relative popularity when a line picks a product. */
	weight: number;
	/** Mean number of extra units beyond the first on a line for an average customer. */
	extraUnits: number;
}

/** One city customers live in. */
export interface DemoCity {
	name: string;
	/** Index into `DEMO_COUNTRIES`. */
	country: number;
	/** Relative share of customers. */
	weight: number;
}

export const DEMO_CATEGORIES: readonly string[] = [
	'Tea',
	'Teaware',
	'Candles and Scents',
	'Kitchen',
	'Home Decor',
	'Textiles',
	'Stationery',
	'Gifts and Sets'
];

/** Category index of the gift category, which sells far more in November and December. */
export const GIFT_CATEGORY = 7;

// [name, category, price in pence, weight, extra units]
const PRODUCT_ROWS: readonly [string, number, number, number, number][] = [
	['Jasmine Green Tea 100g', 0, 650, 9, 0.9],
	['Earl Grey Loose Leaf 100g', 0, 590, 10, 1],
	['Oolong Reserve 50g', 0, 1290, 4, 0.4],
	['Chamomile Herbal Tea 20 Bags', 0, 450, 8, 1.2],
	['Matcha Ceremonial Grade 30g', 0, 1990, 5, 0.3],
	['Aged Pu-erh Cake 357g', 0, 3400, 2, 0.1],
	['Glass Teapot 600ml', 1, 2400, 4, 0.05],
	['Ceramic Tea Cup Set of 2', 1, 1650, 5, 0.3],
	['Cast Iron Kettle', 1, 5800, 2, 0.02],
	['Bamboo Tea Tray', 1, 3900, 2, 0.02],
	['Stainless Tea Infuser', 1, 790, 6, 0.4],
	['Soy Candle Fig', 2, 1800, 6, 0.4],
	['Soy Candle Cedar', 2, 1800, 5, 0.4],
	['Reed Diffuser Lavender', 2, 2250, 4, 0.2],
	['Tea Lights Pack of 24', 2, 495, 7, 1],
	['Incense Sticks Sandalwood', 2, 690, 4, 0.8],
	['Linen Tea Towel', 3, 950, 6, 0.6],
	['Enamel Mug', 3, 1100, 6, 0.5],
	['Oak Serving Board', 3, 3200, 3, 0.05],
	['Stoneware Bowl', 3, 1450, 4, 0.8],
	['Copper Measuring Spoons', 3, 1590, 2, 0.05],
	['White Hanging Heart T-Light Holder', 4, 295, 8, 2],
	['Rattan Storage Basket', 4, 2700, 3, 0.2],
	['Ceramic Bud Vase', 4, 1950, 4, 0.3],
	['Round Wall Mirror', 4, 6500, 1.5, 0.02],
	['Photo Frame 5x7', 4, 850, 4, 0.6],
	['Wool Throw Blanket', 5, 7900, 2, 0.05],
	['Cotton Cushion Cover', 5, 1490, 5, 0.7],
	['Linen Napkins Set of 4', 5, 1900, 3, 0.2],
	['Jute Doormat', 5, 2450, 2, 0.02],
	['Knitted Hot Water Bottle', 5, 2100, 3, 0.1],
	['Linen Notebook A5', 6, 1200, 5, 0.5],
	['Recycled Gift Wrap Roll', 6, 350, 6, 1.5],
	['Greeting Card Pack', 6, 600, 6, 0.8],
	['Brass Bookmark', 6, 890, 3, 0.3],
	['Weekly Desk Planner', 6, 1600, 3, 0.05],
	['Tea Tasting Gift Box', 7, 4500, 4, 0.2],
	['Candle and Tea Bundle', 7, 3800, 3, 0.2],
	['Gift Card 25', 7, 2500, 3, 0.3],
	['Gift Card 50', 7, 5000, 2, 0.2],
	['Luxury Hamper', 7, 12000, 1, 0.05]
];

export const DEMO_PRODUCTS: readonly DemoProduct[] = PRODUCT_ROWS.map(
	([name, category, priceCents, weight, extraUnits], i) => ({
		// UCI codes are five digits, some with a letter suffix for variants.
		code: String(21000 + i * 37 + category * 1000) + (i % 5 === 3 ? 'B' : ''),
		name,
		category,
		priceCents,
		weight,
		extraUnits
	})
);

export const DEMO_COUNTRIES: readonly string[] = [
	'United Kingdom',
	'Germany',
	'France',
	'Ireland',
	'Netherlands',
	'Spain',
	'Belgium',
	'Switzerland',
	'Sweden',
	'United States',
	'Australia'
];

// [city, country, share]; the United Kingdom holds about 83% of customers.
const CITY_ROWS: readonly [string, number, number][] = [
	['London', 0, 25],
	['Manchester', 0, 8],
	['Birmingham', 0, 8],
	['Leeds', 0, 6],
	['Glasgow', 0, 6],
	['Bristol', 0, 6],
	['Edinburgh', 0, 5],
	['Liverpool', 0, 5],
	['Brighton', 0, 4],
	['Cambridge', 0, 3.5],
	['Oxford', 0, 3.5],
	['Cardiff', 0, 3],
	['Berlin', 1, 2],
	['Munich', 1, 1.2],
	['Hamburg', 1, 0.8],
	['Paris', 2, 2.3],
	['Lyon', 2, 0.7],
	['Dublin', 3, 2.2],
	['Cork', 3, 0.6],
	['Amsterdam', 4, 1.6],
	['Rotterdam', 4, 0.6],
	['Madrid', 5, 0.8],
	['Barcelona', 5, 0.8],
	['Brussels', 6, 0.9],
	['Zurich', 7, 0.8],
	['Stockholm', 8, 0.7],
	['New York', 9, 0.8],
	['Sydney', 10, 0.5]
];

export const DEMO_CITIES: readonly DemoCity[] = CITY_ROWS.map(([name, country, weight]) => ({
	name,
	country,
	weight
}));

/** Sales channels and the share of customers who prefer each. */
export const DEMO_CHANNELS: readonly { name: string; weight: number }[] = [
	{ name: 'Web', weight: 55 },
	{ name: 'App', weight: 27 },
	{ name: 'Marketplace', weight: 13 },
	{ name: 'Social', weight: 5 }
];

/** Relative demand per calendar month (January first): summer dip, November–December peak. */
export const MONTH_DEMAND: readonly number[] = [
	0.85, 0.8, 0.9, 0.95, 0.95, 0.85, 0.72, 0.75, 0.95, 1.05, 1.5, 1.75
];

/** Relative demand per weekday (Monday first): a little more on Sunday and Monday evenings. */
export const WEEKDAY_DEMAND: readonly number[] = [1.08, 1, 0.98, 1, 0.95, 0.85, 1.14];

/** Relative share of orders per hour of the day (0–23): lunch and evening peaks. */
export const HOUR_DEMAND: readonly number[] = [
	1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3.5, 4.5, 5, 5.5, 6.5, 6, 5, 4.5, 4.5, 5, 6, 7.5, 8, 7, 4.5, 2
];

/** The language the demo shop speaks: its names and currency follow the visitor's language. */
export type DemoLanguage = 'en' | 'zh';

/** Everything of the shop that is words or a currency, each list in catalogue order. */
export interface DemoNames {
	/** ISO 4217 code the amounts are in. */
	currency: string;
	categories: readonly string[];
	products: readonly string[];
	countries: readonly string[];
	cities: readonly string[];
	channels: readonly string[];
}

const NAMES: Record<DemoLanguage, DemoNames> = {
	en: {
		currency: 'GBP',
		categories: DEMO_CATEGORIES,
		products: DEMO_PRODUCTS.map((p) => p.name),
		countries: DEMO_COUNTRIES,
		cities: DEMO_CITIES.map((c) => c.name),
		channels: DEMO_CHANNELS.map((c) => c.name)
	},
	zh: {
		currency: 'CNY',
		categories: DEMO_CATEGORIES_ZH,
		products: DEMO_PRODUCTS_ZH,
		countries: DEMO_COUNTRIES_ZH,
		cities: DEMO_CITIES_ZH,
		channels: DEMO_CHANNELS_ZH
	}
};

/**
 * The shop's names and currency in a language; only words change, never the model.
 * @example demoNames('zh').channels[0] // → '天猫'
 * @example demoNames('en').currency // → 'GBP'
 */
export function demoNames(language: DemoLanguage = 'en'): DemoNames {
	return NAMES[language] ?? NAMES.en;
}
