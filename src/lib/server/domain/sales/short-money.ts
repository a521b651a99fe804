/**
 * Money for a sentence: "R$ 1,07 mi", "R$ 350 mil", "R$ 820" — the rounded figure a person
 * reads in a line of text, next to the exact value (formatMoney) a card shows. Computed here,
 * in the tool, so an answer copies it and never rounds on its own.
 */
export function formatMoneyShort(cents: number): string {
	const reais = cents / 100;
	const abs = Math.abs(reais);
	const fmt = (v: number, digits: number) =>
		v.toLocaleString('pt-BR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
	if (abs >= 1_000_000_000) return `R$ ${fmt(reais / 1_000_000_000, 2)} bi`;
	if (abs >= 1_000_000) return `R$ ${fmt(reais / 1_000_000, 2)} mi`;
	if (abs >= 10_000) return `R$ ${fmt(Math.round(reais / 1_000), 0)} mil`;
	return `R$ ${fmt(Math.round(reais), 0)}`;
}
