/** Messages of the products page and the product roles of the import mapping. */
export const productsEn = {
	'import.role.productId': 'Product id (SKU)',
	'import.role.productName': 'Product name',
	'import.role.productCategory': 'Product category'
};

export const productsZh: Record<keyof typeof productsEn, string> = {
	'import.role.productId': '商品编码（SKU）',
	'import.role.productName': '商品名称',
	'import.role.productCategory': '商品类目'
};
