/** The periods "quem parou de comprar" can be asked for: this month, last month, and 10 more. */
import { monthLabel } from '#lib/labels.ts';

export function periodOptions(asOf: string): { value: string; label: string }[] {
	const [y, m] = asOf.split('-').map(Number);
	const options = [
		{ value: 'this_month', label: 'Este mês' },
		{ value: 'last_month', label: 'Mês passado' }
	];
	for (let back = 2; back < 12; back++) {
		const d = new Date(Date.UTC(y, m - 1 - back, 1));
		const ym = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
		options.push({ value: ym, label: monthLabel(ym) });
	}
	return options;
}
