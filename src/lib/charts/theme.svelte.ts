/** The colour theme the system asks for, as a rune (canvas charts need actual colours). */
class ThemeState {
	current = $state<'light' | 'dark'>('light');

	constructor() {
		if (typeof matchMedia === 'undefined') return;
		const query = matchMedia('(prefers-color-scheme: dark)');
		this.current = query.matches ? 'dark' : 'light';
		query.addEventListener('change', (e) => (this.current = e.matches ? 'dark' : 'light'));
	}
}

export const theme = new ThemeState();
