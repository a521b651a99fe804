/**
 * Fills the note templates for one interaction: the contact's first name, a product of the
 * customer's basket, a plausible quantity and value (R$ 1.234,56), a date "dd/mm" and a weekday
 * near the interaction. Everything comes from the seeded generator.
 */
import { formatMoney } from '#lib/format.ts';
import type { CatalogueItem } from '#lib/server/demo/catalogue.ts';
import { fromDay, weekdayOfDay } from '#lib/server/demo/day-numbers.ts';
import {
	COMPETITORS,
	NOTE_TEMPLATES,
	WEEKDAYS,
	type Topic
} from '#lib/server/demo/note-templates.ts';
import type { Random } from '#lib/server/demo/random.ts';

export interface NoteContext {
	contactFirstName: string;
	products: readonly CatalogueItem[];
	ticketCents: number;
	day: number;
}

const UNIT_WORDS: Record<string, string> = {
	sc: 'sacos',
	un: 'unidades',
	kg: 'kg',
	cx: 'caixas',
	m: 'metros'
};

/** "Cimento CP II-E-32 saco 50 kg" → "cimento CP II-E-32" (how people name it in a note). */
export function shortProductName(name: string): string {
	const short = name.split(/ (?:saco|caixa|barra|fardo|balde|galão|a granel|\(|\d)/)[0];
	return short.charAt(0).toLowerCase() + short.slice(1);
}

/** 1234 → 1200, 87 → 90: the round numbers people ask quotes for. */
export function roundQuantity(quantity: number): number {
	if (quantity < 10) return Math.max(1, Math.round(quantity));
	const magnitude = Math.pow(10, Math.floor(Math.log10(quantity)) - 1);
	return Math.round(quantity / magnitude) * magnitude;
}

function ddmm(day: number): string {
	const iso = fromDay(day);
	return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

const FEMININE = new Set(
	'argamassa cal tela treliça ureia ração semente farinha chapa bobina barra cantoneira porca arruela caixa fita tinta graxa luva bota gordura soda água'.split(
		' '
	)
);
const FEMININE_ARTICLE: Record<string, string> = { do: 'da', o: 'a', no: 'na' };

/** "do {produto}" → "da argamassa" / "do cimento": the article agrees with the product. */
function withArticles(template: string, productName: string): string {
	const feminine = FEMININE.has(productName.split(' ')[0].toLowerCase());
	return template.replace(/\b(do|o|no) \{produto\}/g, (_, article: string) =>
		feminine ? `${FEMININE_ARTICLE[article]} {produto}` : `${article} {produto}`
	);
}

export function fill(rng: Random, template: string, ctx: NoteContext): string {
	if (!template.includes('{')) return template;
	const product = ctx.products.length > 0 ? rng.pick(ctx.products) : null;
	const name = product ? shortName(product) : 'material';
	let ahead = ctx.day + rng.int(2, 9);
	while (weekdayOfDay(ahead) === 0 || weekdayOfDay(ahead) === 6) ahead++;
	const value = Math.round(ctx.ticketCents * rng.real(0.6, 1.6));
	const text = template.includes('{produto}') ? withArticles(template, name) : template;
	return text.replace(/\{(\w+)\}/g, (slot, key: string) => {
		switch (key) {
			case 'contato':
				return ctx.contactFirstName;
			case 'produto':
				return name;
			case 'valor':
				return formatMoney(value);
			case 'data':
				return ddmm(ahead);
			case 'qtd':
				return String(product ? roundQuantity(value / product.priceCents) : rng.int(2, 40) * 10);
			case 'un':
				return product ? (UNIT_WORDS[product.unit] ?? product.unit) : 'unidades';
			case 'pct':
				return String(rng.int(5, 15));
			case 'dia':
				return WEEKDAYS[weekdayOfDay(ahead) - 1];
			case 'concorrente':
				return rng.pick(COMPETITORS);
			default:
				return slot;
		}
	});
}

const shortNames = new Map<number, string>();
function shortName(product: CatalogueItem): string {
	let name = shortNames.get(product.id);
	if (name === undefined) shortNames.set(product.id, (name = shortProductName(product.name)));
	return name;
}

export function writeNote(
	rng: Random,
	topic: Topic,
	ctx: NoteContext
): { summary: string; notes: string } {
	const templates = NOTE_TEMPLATES[topic];
	return {
		summary: rng.pick(templates.summaries),
		notes: fill(rng, rng.pick(templates.notes), ctx)
	};
}
