/**
 * pt-BR formatting for everything a person reads: money as `R$ 1.234,56`, dates as
 * `23/11/2026`, counts as `1.234`. Used by pages, tool summaries and drafts alike.
 */

const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const integer = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });

/** `123456` cents → `R$ 1.234,56` (with a normal space, not Intl's non-breaking one). */
export function formatMoney(cents: number): string {
	return money.format(cents / 100).replace(/\u00a0/g, ' ');
}

export function formatInteger(n: number): string {
	return integer.format(n);
}

export function formatDecimal(n: number): string {
	return decimal.format(n);
}

/** `0.4567` → `45,7%` */
export function formatPercent(ratio: number): string {
	return `${decimal.format(ratio * 100)}%`;
}

/** `'2026-11-23'` → `'23/11/2026'`. Anything else is returned unchanged. */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Singular or plural by count: `plural(1, 'cliente', 'clientes')`. */
export function plural(n: number, one: string, many: string): string {
	return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

const compact = new Intl.NumberFormat('pt-BR', {
	maximumFractionDigits: 2,
	minimumFractionDigits: 2
});

/**
 * A big figure rounded for a glance: `107_012_345` cents → `R$ 1,07 mi`, `84_500_00` →
 * `R$ 84,5 mil`; below R$ 10 mil the exact value. Always shown with the exact one a tap away.
 */
export function formatMoneyShort(cents: number): string {
	const reais = Math.abs(cents) / 100;
	const sign = cents < 0 ? '−' : '';
	if (reais >= 1e9) return `${sign}R$ ${compact.format(reais / 1e9)} bi`;
	if (reais >= 1e6) return `${sign}R$ ${compact.format(reais / 1e6)} mi`;
	if (reais >= 1e4) return `${sign}R$ ${decimal.format(reais / 1e3)} mil`;
	return formatMoney(cents);
}
