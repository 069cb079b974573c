import type { MessageKey } from '$lib/i18n/en';

/** Pages in the main navigation, in order. Add a page here when its route exists. */
export const navItems: { path: '/' | `/${string}`; label: MessageKey }[] = [
	{ path: '/', label: 'nav.overview' },
	{ path: '/segments', label: 'nav.segments' },
	{ path: '/lifecycle', label: 'nav.lifecycle' },
	{ path: '/tiers', label: 'nav.tiers' },
	{ path: '/forecast', label: 'nav.forecast' },
	{ path: '/growth', label: 'nav.growth' },
	{ path: '/customers', label: 'nav.customers' },
	{ path: '/products', label: 'nav.products' },
	{ path: '/feedback', label: 'nav.feedback' },
	{ path: '/campaigns', label: 'nav.campaigns' },
	{ path: '/import', label: 'nav.import' },
	{ path: '/datasets', label: 'nav.datasets' },
	{ path: '/settings', label: 'nav.settings' }
];
