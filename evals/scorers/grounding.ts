/**
 * Grounding: every number and every customer name in an answer must appear in that turn's
 * tool outputs (SPEC: "every number comes from a deterministic tool"; the system prompt:
 * "nunca invente um cliente"). The person's own words in the turn count as a source too: an
 * answer may repeat the name or the day the person typed.
 *
 * Numbers are compared by value (see read-numbers.ts). Customer names are found two ways:
 * - every known customer name (trade and legal names of the database, two words or more)
 *   that the answer contains must be in the sources;
 * - any run of two or more capitalised words that looks like a company (it has a word such
 *   as Mercado, Padaria, Distribuidora, Ltda…) must be in the sources, so an invented
 *   customer is caught even when no such customer exists.
 */
import { check, type Check } from '../core/types.ts';
import { plain } from './normalize-text.ts';
import { numbersIn, numbersInOutputs } from './read-numbers.ts';

export interface GroundingInput {
	answer: string;
	/** The turn's tool outputs, as the model received them. */
	outputs: unknown[];
	/** What the person typed in this turn. */
	userText?: string;
	/** Customer names of the database (trade and legal names). */
	knownNames?: readonly string[];
}

export interface GroundingResult {
	ungroundedNumbers: string[];
	ungroundedNames: string[];
}

/** Words that make a capitalised run look like a company name (plain text). */
export const COMPANY_WORDS = new Set(
	(
		'mercado mercados supermercado supermercados mercadinho mercearia padaria panificadora ' +
		'distribuidora distribuicao distribuidor atacado atacadista atacadao acougue emporio ' +
		'comercio comercial industria industrial ltda eireli s.a. sa me agro agropecuaria ' +
		'agricola cooperativa coop metalurgica metais metal construtora construcoes construcao ' +
		'engenharia materiais insumos usinagem moinho farmacia drogaria loja lojas restaurante ' +
		'hotel transportes transportadora logistica alimentos bebidas quimica plasticos ' +
		'embalagens ferragens madeireira pecas posto cafe casa armazem deposito fabrica ' +
		'textil confeccoes servicos solucoes tecnologia grupo holding cia companhia'
	).split(' ')
);

const CAPITALISED_RUN =
	/[A-ZÀ-Ý][\p{L}'&.-]*(?:\s+(?:(?:de|do|da|dos|das|e|&)\s+)?[A-ZÀ-Ý][\p{L}'&.-]*)+/gu;

function companyLike(run: string): boolean {
	return plain(run)
		.split(' ')
		.some((w) => COMPANY_WORDS.has(w.replace(/[.,]$/, '')) || COMPANY_WORDS.has(w));
}

function flatText(value: unknown, into: string[] = []): string[] {
	if (typeof value === 'string') into.push(value);
	else if (Array.isArray(value)) for (const v of value) flatText(v, into);
	else if (value && typeof value === 'object')
		for (const v of Object.values(value)) flatText(v, into);
	return into;
}

/** Is `needle` in `hay` as whole words (both already plain)? */
function containsWords(hay: string, needle: string): boolean {
	const at = hay.indexOf(needle);
	if (at < 0) return false;
	const before = at === 0 ? ' ' : hay[at - 1];
	const after = hay[at + needle.length] ?? ' ';
	return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)
		? true
		: containsWords(hay.slice(at + 1), needle);
}

/**
 * A run is grounded when it, or what is left after dropping leading words (a capitalised
 * sentence start: "Cliente Mercado Bom Preço"), is in the sources with two words or more.
 */
function groundedRun(run: string, sourceText: string): boolean {
	const words = plain(run).split(' ');
	for (let i = 0; words.length - i >= 2; i++)
		if (containsWords(sourceText, words.slice(i).join(' '))) return true;
	return false;
}

export function findUngrounded(input: GroundingInput): GroundingResult {
	const sources = numbersInOutputs(input.outputs);
	if (input.userText) numbersInOutputs(input.userText, sources);
	const found = numbersIn(input.answer);
	const ungroundedNumbers = [...found.values, ...found.dates].filter((n) => !sources.has(n));

	const sourceText = plain([...flatText(input.outputs), input.userText ?? ''].join(' \n '));
	const answer = plain(input.answer);
	const names = new Set<string>();
	for (const name of input.knownNames ?? []) {
		const p = plain(name);
		if (p.split(' ').length >= 2 && containsWords(answer, p) && !sourceText.includes(p))
			names.add(name);
	}
	for (const m of input.answer.matchAll(CAPITALISED_RUN)) {
		const run = m[0].replace(/[.,;:]+$/, '');
		if (companyLike(run) && !groundedRun(run, sourceText)) names.add(run);
	}
	return { ungroundedNumbers: [...new Set(ungroundedNumbers)], ungroundedNames: [...names] };
}

export function scoreGrounding(input: GroundingInput): Check {
	const { ungroundedNumbers, ungroundedNames } = findUngrounded(input);
	const problems = [
		...(ungroundedNumbers.length
			? [`números fora das ferramentas: ${ungroundedNumbers.join(', ')}`]
			: []),
		...(ungroundedNames.length ? [`nomes fora das ferramentas: ${ungroundedNames.join(', ')}`] : [])
	];
	return check('grounding', problems.length === 0, problems.join('; ') || undefined);
}
