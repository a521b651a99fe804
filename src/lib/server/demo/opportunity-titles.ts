/**
 * Titles of negotiations as a sales team writes them in its CRM, per segment. Slots are the
 * note slots ({produto}, {qtd}, {un}) plus {obra} and {safra}, filled by `note-writer.ts`.
 */
import type { Segment } from '#lib/server/demo/catalogue.ts';
import { fromDay } from '#lib/server/demo/day-numbers.ts';
import type { Random } from '#lib/server/demo/random.ts';

const TITLES: Record<Segment, readonly string[]> = {
	'Construção civil': [
		'Fornecimento de {produto} para a obra {obra}',
		'Cotação de {qtd} {un} de {produto}',
		'Contrato trimestral de {produto}',
		'Pacote de estrutura para a obra {obra}'
	],
	Agronegócio: [
		'Pacote safra {safra}: {produto}',
		'Compra antecipada de {produto}',
		'Reposição de {produto} para o confinamento',
		'Troca de fornecedor de {produto}'
	],
	Alimentos: [
		'Contrato anual de {produto}',
		'Fornecimento de {produto} para linha nova',
		'Cotação de {qtd} {un} de {produto}'
	],
	Metalurgia: [
		'Lote de {produto} para o projeto {obra}',
		'Contrato de {produto} com entrega programada',
		'Cotação de {qtd} {un} de {produto}'
	],
	Varejo: [
		'Reposição de {produto} para o fim de ano',
		'Ação promocional de {produto}',
		'Mix de mercearia para loja nova'
	],
	Indústria: [
		'Fornecimento mensal de {produto}',
		'Homologação de {produto}',
		'Cotação de {qtd} {un} de {produto}'
	]
};

const PROJECTS = [
	'Residencial Jardim das Flores',
	'Galpão Logístico BR-116',
	'Edifício Solar do Parque',
	'Condomínio Parque das Águas',
	'Hospital Regional',
	'Escola Municipal Centro',
	'Ampliação da fábrica'
];

/** `day`: when the deal was opened (it names the harvest year). */
export function opportunityTitle(rng: Random, segment: Segment, day: number): string {
	const year = Number(fromDay(day).slice(0, 4));
	const title = rng
		.pick(TITLES[segment])
		.replace('{obra}', rng.pick(PROJECTS))
		.replace('{safra}', `${year}/${String((year + 1) % 100).padStart(2, '0')}`);
	return title.charAt(0).toUpperCase() + title.slice(1);
}
