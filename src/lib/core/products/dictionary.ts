/**
 * The product dictionary built while lines are read (importer, demo): ids in first-seen order,
 * each with the first non-empty name and category seen on its lines.
 */
import type { ProductDictionary } from '../columns';
import { copyOf, TextIndex, withRoom } from '../csv/text-index';

/**
 * Numbers products and remembers their names and categories.
 * @example
 * const products = new ProductDictionaryBuilder();
 * const p = products.indexIn('85123A', 0, 6); // → 0
 * products.describe(p, 'WHITE HANGING HEART', 'Home');
 * products.finish() // → { ids: ['85123A'], names: ['WHITE HANGING HEART'], category: [0], categories: ['Home'] }
 */
export class ProductDictionaryBuilder {
	private readonly ids = new TextIndex();
	private readonly names: string[] = [];
	private category = new Int32Array(64);
	private readonly categories = new TextIndex();
	/** Products in the order their categories were set. */
	private readonly categorySet: number[] = [];

	/** Index of the product `text[start, end)` (trimmed, non-empty), added when new. */
	indexIn(text: string, start: number, end: number): number {
		const known = this.ids.size;
		const index = this.ids.add(text, start, end);
		if (index === known) {
			this.names.push('');
			this.category = withRoom(this.category, index);
			this.category[index] = -1;
		}
		return index;
	}

	/**
	 * True while a product still lacks a name or (when the file has a category column) a category.
	 * @example
	 * const products = new ProductDictionaryBuilder();
	 * const p = products.indexIn('85123A', 0, 6);
	 * products.lacksDetails(p, false) // → true (no name yet)
	 * products.describe(p, 'WHITE HANGING HEART', '');
	 * products.lacksDetails(p, false) // → false; products.lacksDetails(p) // → true (no category)
	 */
	lacksDetails(index: number, withCategory = true): boolean {
		return this.names[index] === '' || (withCategory && this.category[index] < 0);
	}

	/** Give a product its name and category unless it has them already ('' = none). */
	describe(index: number, name: string, category: string): void {
		if (this.names[index] === '' && name !== '') this.names[index] = copyOf(name, 0, name.length);
		if (this.category[index] < 0 && category !== '') {
			this.category[index] = this.categories.add(category, 0, category.length);
			this.categorySet.push(index);
		}
	}

	/** The id of a product index (the dictionary's own string: comparing with it allocates nothing). */
	id(index: number): string {
		return this.ids.keys[index];
	}

	get size(): number {
		return this.ids.size;
	}

	/** The products in the order their categories were set (to merge dictionaries in that order). */
	categoryOrder(): number[] {
		return this.categorySet.slice();
	}

	finish(): ProductDictionary {
		return {
			ids: this.ids.keys,
			names: this.names,
			category: this.category.slice(0, this.ids.size),
			categories: this.categories.keys
		};
	}
}
