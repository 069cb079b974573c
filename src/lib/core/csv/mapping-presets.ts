/**
 * Known exports (UCI Online Retail, Shopify, WooCommerce) recognised from their whole header,
 * with the columns that play each role in them.
 */
import type { Preset, TransactionRole } from './mapping';

/** Roles of known exports, by normalised header name (the first one present wins). */
export const PRESETS: {
	preset: Preset;
	matches: (names: Set<string>) => boolean;
	roles: Partial<Record<TransactionRole, string[]>>;
	attributes: string[];
}[] = [
	{
		preset: 'uci_online_retail',
		matches: (names) =>
			[
				'invoiceno',
				'stockcode',
				'description',
				'quantity',
				'invoicedate',
				'unitprice',
				'customerid',
				'country'
			].every((name) => names.has(name)),
		roles: {
			orderId: ['invoiceno'],
			customerId: ['customerid'],
			orderDate: ['invoicedate'],
			quantity: ['quantity'],
			unitPrice: ['unitprice'],
			productId: ['stockcode'],
			productName: ['description']
		},
		attributes: ['country']
	},
	{
		preset: 'shopify',
		matches: (names) =>
			names.has('name') &&
			names.has('email') &&
			names.has('total') &&
			(names.has('createdat') || names.has('paidat')) &&
			(names.has('financialstatus') || names.has('lineitemname')),
		roles: {
			orderId: ['name'],
			customerId: ['email'],
			orderDate: ['createdat', 'paidat'],
			amount: ['total'],
			quantity: ['lineitemquantity'],
			unitPrice: ['lineitemprice'],
			productId: ['lineitemsku'],
			productName: ['lineitemname']
		},
		attributes: ['billingcountry', 'billingprovince', 'billingcity']
	},
	{
		preset: 'woocommerce',
		matches: (names) =>
			(names.has('orderid') || names.has('ordernumber')) &&
			names.has('orderdate') &&
			['customeremail', 'billingemail', 'billingemailaddress'].some((n) => names.has(n)) &&
			(names.has('ordertotal') || names.has('ordertotalamount')),
		roles: {
			orderId: ['orderid', 'ordernumber'],
			customerId: ['customeremail', 'billingemail', 'billingemailaddress'],
			orderDate: ['orderdate'],
			amount: ['ordertotal', 'ordertotalamount']
		},
		attributes: ['billingcountry', 'billingstate', 'billingcity']
	}
];
