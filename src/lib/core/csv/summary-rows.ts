/**
 * The rows of a customer summary (one customer each, turned into synthetic lines by
 * `summaryLines`): the importer of `mapping.kind === 'customer_summary'` (`createImporter` in
 * `importer.ts`).
 */
import type { DecimalReader } from './amounts';
import type { LineBuilder } from './lines';
import { summaryLines } from './summary';
import { StreamingImporter } from './import-stream';

/** The recency column of a summary as whole days (rounded half away from zero), or NaN. */
function wholeDays(reader: DecimalReader): number {
	const cents = reader.cents();
	if (Number.isNaN(cents)) return NaN;
	const days = Math.floor((Math.abs(cents) + 50) / 100);
	return cents < 0 ? -days : days;
}

export class SummaryImporter extends StreamingImporter {
	/** One customer's summary row. */
	protected row(line: number): void {
		if (!this.field(this.cCustomer)) return this.skip('missing_customer_id', line, this.cCustomer);
		const customerText = this.fs;
		const customerStart = this.fa;
		const customerEnd = this.fb;
		let lastDay: number;
		if (this.cDate >= 0) {
			if (!this.field(this.cDate)) return this.skip('missing_date', line, this.cDate);
			lastDay = this.dates.read(this.fs, this.fa, this.fb);
			if (lastDay !== lastDay) return this.skip('unparseable_date', line, this.cDate);
			if (lastDay > this.latestDay) return this.skip('future_date', line, this.cDate);
		} else {
			if (!this.field(this.cRecency)) return this.skip('missing_date', line, this.cRecency);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_date', line, this.cRecency);
			}
			const days = wholeDays(this.first);
			if (days !== days) return this.skip('unparseable_date', line, this.cRecency);
			lastDay = (this.options.asOfDay as number) - days;
			if (lastDay > this.latestDay) return this.skip('future_date', line, this.cRecency);
		}
		if (!this.field(this.cQuantity)) return this.skip('missing_frequency', line, this.cQuantity);
		if (!this.first.read(this.fs, this.fa, this.fb)) {
			return this.skip('unparseable_frequency', line, this.cQuantity);
		}
		const frequency = this.first.cents() / 100;
		if (!Number.isInteger(frequency) || frequency < 0 || frequency > 100_000) {
			return this.skip('unparseable_frequency', line, this.cQuantity);
		}
		if (!this.field(this.cAmount)) return this.skip('missing_amount', line, this.cAmount);
		if (!this.first.read(this.fs, this.fa, this.fb)) {
			return this.skip('unparseable_amount', line, this.cAmount);
		}
		const monetary = this.first.cents();
		if (monetary !== monetary) return this.skip('unparseable_amount', line, this.cAmount);
		let firstDay: number | null = null;
		if (this.cFirst >= 0 && this.field(this.cFirst)) {
			const day = this.dates.read(this.fs, this.fa, this.fb);
			if (day === day) firstDay = day;
		}
		const lines = summaryLines(frequency, monetary, lastDay, firstDay);
		if (lines === null) return this.skip('inconsistent_summary', line, this.cQuantity);

		const customer = this.customer(customerText, customerStart, customerEnd);
		const attributes = this.attributes();
		const builder = this.builder as LineBuilder;
		this.rowsRead++;
		this.imported++;
		for (let k = 0; k < lines.days.length; k++) {
			const day = lines.days[k];
			const cents = lines.cents[k];
			builder.addLine(customer, day, cents, builder.newOrderIndex(customer), attributes);
			if (cents < 0) this.returns++;
			else if (cents === 0) this.zeroAmount++;
			if (day < this.firstDay) this.firstDay = day;
			if (day > this.lastDay) this.lastDay = day;
		}
		if (this.cDate >= 0) this.years.count(lastDay, line, this.dateText);
	}

	/** A summary row never depends on the rows above it. */
	protected dependentRow(): boolean {
		return false;
	}
}
