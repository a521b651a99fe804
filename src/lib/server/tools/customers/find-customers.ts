/**
 * find_customers: from what a person says ("o Bom Preço", "padaria sao jose", a CNPJ with or
 * without punctuation, an ERP code) to customer ids, within the caller's scope, with a match
 * quality and whether several are too close to choose. The matching and ranking rules:
 * domain/customers/find-customers.ts.
 */
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CLOSE, findCustomerCandidates } from '../../domain/customers/find-customers.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

const Input = z.object({
	...AsOfInput,
	query: z
		.string()
		.trim()
		.min(2, 'escreva pelo menos 2 caracteres')
		.max(120)
		.describe(
			'O que a pessoa disse: nome fantasia ou razão social (com ou sem acento, com erros de digitação), ' +
				'CNPJ com ou sem pontuação, ou código do ERP'
		),
	...ScopeInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(20)
		.default(5)
		.describe('Máximo de candidatos (1–20, padrão 5)')
});

const MATCH = ['exact', 'contains', 'similar', 'weak'] as const;
const FIELDS = ['trade_name', 'legal_name', 'cnpj', 'erp_code'] as const;

const Candidate = z.object({
	customerId: z.number().int().describe('Id do cliente: use nas outras ferramentas'),
	erpCode: z.string().describe('Código no ERP'),
	name: z.string().describe('Nome fantasia (ou razão social)'),
	legalName: z.string().describe('Razão social'),
	cnpj: z.string().nullable().describe('CNPJ formatado'),
	city: z.string().nullable().describe('Cidade'),
	uf: z.string().nullable().describe('UF'),
	segment: z.string().nullable().describe('Segmento'),
	repId: z.number().int().nullable().describe('Id do vendedor dono da conta'),
	lastPurchase: z.string().nullable().describe('Última compra faturada (AAAA-MM-DD)'),
	match: z
		.enum(MATCH)
		.describe(
			'exact (igual), contains (o texto está no nome, ou mesma raiz de CNPJ), similar (parecido), weak (fraco)'
		),
	matchedOn: z.enum(FIELDS).describe('Em que campo casou'),
	score: z.number().describe('Qualidade do casamento, 0–1')
});
type Candidate = z.infer<typeof Candidate>;

const Output = z.object({
	...AsOfOutput,
	query: z.string().describe('A busca, como recebida'),
	total: z.number().int().describe('Quantos candidatos casaram (antes do limite; no máximo 200)'),
	closeCount: z
		.number()
		.int()
		.describe('Quantos candidatos estão a até 0,1 de pontuação do melhor (inclui o melhor)'),
	ambiguous: z
		.boolean()
		.describe('true: há candidatos próximos demais; pergunte à pessoa qual é antes de seguir'),
	advice: z.string().describe('O que fazer com o resultado, em pt-BR'),
	candidates: z.array(Candidate).describe('Candidatos, melhor primeiro')
});
export const findCustomers = defineTool({
	name: 'find_customers',
	title: 'Achar cliente',
	description:
		'Acha clientes pelo nome fantasia, razão social, CNPJ (com ou sem pontuação) ou código do ERP, ' +
		'tolerando acentos e erros de digitação ("padaria sao jose", "mercado bom preso"). Use sempre que a ' +
		'pessoa citar um cliente pelo nome ("liga pro Bom Preço", "como está a Padaria São José?") para obter ' +
		'o customerId que as outras ferramentas pedem. Quando ambiguous = true, pergunte qual dos candidatos ' +
		'é (mostre nome, cidade e CNPJ) em vez de escolher sozinho.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const text = input.query;
		const { ranked, top, ambiguous } = await findCustomerCandidates({
			db: ctx.db,
			text,
			scope,
			asOf: ctx.asOf
		});
		const close = top ? ranked.filter((c) => c.score >= top.score - CLOSE).length : 0;
		const where = ctx.user.role === 'rep' ? ' na sua carteira' : '';
		const advice = !top
			? `Nenhum cliente${where} parece com "${text}". Confira a grafia, ou tente o CNPJ ou o código do ERP.`
			: ambiguous
				? `${close} clientes${where} são parecidos com "${text}": pergunte qual deles (mostre nome, cidade e CNPJ) antes de seguir.`
				: `Melhor correspondência: ${top.name} (id ${top.customerId}, ${top.match === 'exact' ? 'exata' : top.match === 'contains' ? 'contém o texto' : 'aproximada'}).`;
		const candidates = ranked.slice(0, input.limit);
		return {
			structured: {
				asOf: ctx.asOf,
				query: text,
				total: ranked.length,
				closeCount: close,
				ambiguous,
				advice,
				candidates
			},
			summary:
				(candidates.length === 0
					? advice
					: `${ranked.length} ${ranked.length === 1 ? 'candidato' : 'candidatos'} para "${text}". ${advice}`) +
				(top?.lastPurchase && !ambiguous
					? ` Última compra em ${formatDate(top.lastPurchase)}.`
					: '')
		};
	}
});

export type FindCustomersOutput = ToolOutput<typeof findCustomers>;
