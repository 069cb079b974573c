/** How a product is named on the page: its name, or its id when it has none. */
import type { ProductDictionary } from '$lib/core/columns';

/**
 * A product's display name: name, else id, else `unnamed`.
 * @example productLabel({ ids: ['A1'], names: [''], category: Int32Array.of(-1), categories: [] }, 0, '?') // → 'A1'
 */
export function productLabel(products: ProductDictionary, index: number, unnamed: string): string {
	return products.names[index] || products.ids[index] || unnamed;
}
