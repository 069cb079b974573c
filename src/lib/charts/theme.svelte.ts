/**
 * The colour theme the system asks for, as a rune (canvas charts need actual colours). Printing
 * always uses the light palette: a report on paper must not carry dark-theme colours.
 */
class ThemeState {
	current = $state<'light' | 'dark'>('light');
	#prefersDark = false;
	#printing = false;

	constructor() {
		if (typeof matchMedia === 'undefined') return;
		const dark = matchMedia('(prefers-color-scheme: dark)');
		this.#prefersDark = dark.matches;
		dark.addEventListener('change', (e) => {
			this.#prefersDark = e.matches;
			this.#update();
		});
		addEventListener('beforeprint', () => {
			this.#printing = true;
			this.#update();
		});
		addEventListener('afterprint', () => {
			this.#printing = false;
			this.#update();
		});
		this.#update();
	}

	#update() {
		this.current = this.#prefersDark && !this.#printing ? 'dark' : 'light';
	}
}

export const theme = new ThemeState();
