/**
 * The contract every tool in the registry keeps, checked by looping over `TOOLS` so a new tool
 * cannot escape: a name, a description and a described field everywhere; MCP annotations
 * that match what it does; pt-BR validation errors that name the field; an output that
 * validates against its schema; scope enforcement (a rep never sees another rep's customer, in
 * any tool, however asked); and, for list tools, pages that walk the whole answer once.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	contacts,
	customers,
	followUps,
	interactions,
	opportunities,
	orders
} from '#lib/server/db/schema.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import {
	ana,
	ANA,
	ANA_CUSTOMERS,
	BRUNO_WORDS,
	carla,
	ordersEndingAt,
	seedFixture,
	type Fixture
} from './fixture.ts';

type Tool = ToolDefinition<AnyObjectSchema, AnyObjectSchema>;
type Input = Record<string, unknown>;

/** A valid call per tool (as the manager and as Ana). A tool missing here fails the suite. */
const SAMPLES: Record<string, (fx: Fixture) => Input> = {
	get_portfolio_health: () => ({ breakdown: 'rep' }),
	list_customers: () => ({}),
	list_stopped_customers: () => ({ period: 'last_month' }),
	estimate_lost_revenue: () => ({ groupBy: 'rep', topCustomers: 10 }),
	rank_portfolio: () => ({ by: 'segment', metric: 'at_risk' }),
	get_sales_by_period: () => ({ period: 'last_month', groupBy: 'rep' }),
	get_customer_products: () => ({ customerId: 1 }),
	get_customer_contacts: () => ({ customerId: 1 }),
	forecast_revenue: () => ({ period: 'next_90_days', breakdown: 'customer' }),
	get_alert_accuracy: () => ({}),
	find_customers: () => ({ query: 'bom preço' }),
	get_customer_profile: () => ({ customerId: 1 }),
	list_interactions: () => ({}),
	search_interactions: () => ({ query: 'tabela nova' }),
	get_rep_queue: () => ({ repId: ANA }),
	list_follow_ups: () => ({ window: 'all', status: 'any' }),
	list_stalled_opportunities: () => ({}),
	draft_follow_up: () => ({ customerId: 1 }),
	schedule_follow_up: () => ({ customerId: 3 }),
	complete_follow_up: (fx) => ({ followUpId: fx.followUps.f1, outcome: 'no_answer' }),
	log_interaction: (fx) => ({
		customerId: 1,
		channel: 'phone',
		summary: 'Ligação de teste',
		opportunityId: fx.opportunities.o1
	}),
	reschedule_follow_up: (fx) => ({ followUpId: fx.followUps.f3, dueDate: '2026-11-27' }),
	cancel_follow_up: (fx) => ({ followUpId: fx.followUps.f3 })
};

/** Calls by Ana that reach for Bruno's portfolio: refused, or answered with Ana's data only. */
const ATTACKS: Record<string, (fx: Fixture) => Input[]> = {
	get_portfolio_health: () => [{ repId: 11, breakdown: 'rep' }, { segment: 'atacado' }],
	list_customers: () => [{ repId: 11 }, { uf: 'MG' }],
	list_stopped_customers: () => [{ repId: 11, period: 'last_month' }],
	estimate_lost_revenue: () => [{ repId: 11, groupBy: 'uf' }],
	rank_portfolio: () => [
		{ by: 'rep', repIds: [11] },
		{ by: 'uf', metric: 'customers', region: 'Sudeste' }
	],
	get_sales_by_period: () => [
		{ repId: 11, period: { from: '2020-01-01', to: '2026-11-23' }, groupBy: 'rep' },
		{ customerId: 6, period: 'last_month' }
	],
	get_customer_products: () => [{ customerId: 6 }, { customerId: 8 }],
	get_customer_contacts: () => [{ customerId: 6 }, { customerId: 8 }],
	forecast_revenue: () => [
		{ repId: 11, breakdown: 'customer' },
		{ period: 'month', month: 12, breakdown: 'rep' }
	],
	get_alert_accuracy: () => [{ repId: 11 }, { segment: 'atacado' }],
	find_customers: () => [
		{ query: 'padaria sao jorge' },
		{ query: 'atacado nrte' },
		{ query: '11.222.333/0002-62' },
		{ query: 'C7' },
		{ query: 'bom preço comércio de alimentos', repId: 11 }
	],
	get_customer_profile: () => [{ customerId: 6 }, { customerId: 8 }],
	list_interactions: () => [{ customerId: 7 }, { repId: 11 }],
	search_interactions: () => [
		// Lower case and unaccented: the query is echoed, Bruno's notes would bring the real names.
		{ query: 'visita ao atacado norte', repId: 11 },
		{ query: 'visita', customerId: 7 },
		{ query: 'conversa com sergio' }
	],
	get_rep_queue: () => [{ repId: 11 }],
	list_follow_ups: () => [{ repId: 11, window: 'all', status: 'any' }],
	list_stalled_opportunities: () => [{ repId: 11 }, { uf: 'MG' }],
	draft_follow_up: (fx) => [
		{ customerId: 6 },
		{ customerId: 8, channel: 'email' },
		{ customerId: 1, contactId: fx.contacts.sergio }
	],
	schedule_follow_up: () => [{ customerId: 6 }],
	complete_follow_up: (fx) => [{ followUpId: fx.followUps.f6, outcome: 'answered' }],
	log_interaction: (fx) => [
		{ customerId: 6, channel: 'phone', summary: 'Tentativa' },
		{ customerId: 1, channel: 'phone', summary: 'Tentativa', contactId: fx.contacts.sergio },
		{ customerId: 1, channel: 'phone', summary: 'Tentativa', opportunityId: fx.opportunities.o6 }
	],
	reschedule_follow_up: (fx) => [
		{ followUpId: fx.followUps.f6, dueDate: '2026-11-27' },
		{ customerId: 6, dueDate: '2026-11-27' }
	],
	cancel_follow_up: (fx) => [{ followUpId: fx.followUps.f6 }, { customerId: 6 }]
};

/** List tools: where the rows are and what identifies one. */
const LISTS: Record<string, { rows: string; id: string }> = {
	list_customers: { rows: 'customers', id: 'customerId' },
	list_stopped_customers: { rows: 'customers', id: 'customerId' },
	list_interactions: { rows: 'interactions', id: 'interactionId' },
	list_stalled_opportunities: { rows: 'opportunities', id: 'opportunityId' },
	list_follow_ups: { rows: 'followUps', id: 'followUpId' }
};

/** Every value under `key`, anywhere in `value`. */
function collect(value: unknown, key: string, found: unknown[] = []): unknown[] {
	if (Array.isArray(value)) for (const v of value) collect(v, key, found);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			if (k === key) found.push(v);
			collect(v, key, found);
		}
	return found;
}

/** Fields of an object schema (recursively) that have no description. */
function undescribed(schema: z.ZodType, path: string, out: string[] = []): string[] {
	const def = (schema as { def: { type: string } }).def;
	switch (def.type) {
		case 'object':
			for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) {
				const f = field as z.ZodType;
				if (!f.description) out.push(`${path}.${key}`);
				undescribed(f, `${path}.${key}`, out);
			}
			break;
		case 'optional':
		case 'nullable':
		case 'default':
			undescribed((schema as z.ZodOptional).unwrap() as z.ZodType, path, out);
			break;
		case 'array':
			undescribed((schema as z.ZodArray<z.ZodType>).element, `${path}[]`, out);
			break;
		case 'record':
			undescribed((schema as z.ZodRecord).valueType as z.ZodType, `${path}{}`, out);
			break;
	}
	return out;
}

/**
 * Fields of the two tools that predate this suite and lack a description. Fix them there
 * (`.describe()` on each) and empty this list; no new entry belongs here.
 */
const KNOWN_UNDESCRIBED: Record<string, string[]> = {};

const sample = (tool: Tool) => SAMPLES[tool.name];

let db: GiroDatabase;
let fx: Fixture;
beforeAll(async () => {
	db = await freshPglite();
	fx = await seedFixture(db);
});
afterAll(() => db?.close());

describe('every tool in the registry', () => {
	test('has a sample call, attack calls and (for lists) a pagination entry here', () => {
		for (const tool of TOOLS) {
			expect(SAMPLES, tool.name).toHaveProperty(tool.name);
			expect(ATTACKS, tool.name).toHaveProperty(tool.name);
			if ('nextCursor' in tool.outputSchema.shape)
				expect(LISTS, tool.name).toHaveProperty(tool.name);
		}
		expect(new Set(TOOLS.map((t) => t.name)).size).toBe(TOOLS.length);
	});

	test.each(TOOLS.map((t) => [t.name, t] as const))(
		'%s: name, description, described fields and annotations',
		(_name, tool) => {
			expect(tool.name).toMatch(/^[a-z]+(_[a-z]+)+$/);
			expect(tool.title.length).toBeGreaterThan(3);
			expect(tool.description.length).toBeGreaterThan(150);
			expect(tool.description).toMatch(/"[^"]+\?"|"[^"]+"/); // quotes what people say
			expect(undescribed(tool.inputSchema, 'input')).toEqual([]);
			expect(undescribed(tool.outputSchema, 'output')).toEqual(KNOWN_UNDESCRIBED[tool.name] ?? []);
			// Cancelling removes a follow-up from every list: the one destructive update.
			expect(tool.annotations.destructiveHint).toBe(tool.name === 'cancel_follow_up');
			expect(tool.annotations.openWorldHint).toBe(false);
			expect(tool.annotations.readOnlyHint).toBe(!tool.writes);
			if (!tool.writes) expect(tool.annotations.idempotentHint).toBe(true);
			if (tool.writes) expect(tool.inputSchema.shape).toHaveProperty('confirmationToken');
			if (!tool.writes) expect(tool.outputSchema.shape).toHaveProperty('asOf');
		}
	);

	test.each(TOOLS.map((t) => [t.name, t] as const))(
		'%s: a bad input is refused in pt-BR, naming the field',
		async (_name, tool) => {
			const field = Object.keys(tool.inputSchema.shape)[0];
			const outcome = await runTool(tool, { ...sample(tool)(fx), [field]: [[{}]] }, carla(db));
			expect(outcome).toMatchObject({ ok: false, code: 'invalid_input' });
			const message = (outcome as { message: string }).message;
			expect(message).toContain(`Parâmetros inválidos para ${tool.name}`);
			expect(message).toContain(field);
			expect(message).toMatch(/inválid|esperava/);
		}
	);

	test.each(TOOLS.map((t) => [t.name, t] as const))(
		'%s: the sample answers for the manager and for a rep, within its schema and ~2,000 tokens',
		async (_name, tool) => {
			for (const ctx of [carla(db), ana(db)]) {
				const outcome = await runTool(tool, sample(tool)(fx), ctx);
				if (!outcome.ok) throw new Error(`${tool.name}: ${outcome.message}`);
				expect(tool.outputSchema.safeParse(outcome.structured).success).toBe(true);
				expect(outcome.summary.length).toBeGreaterThan(10);
				expect(JSON.stringify(outcome.structured).length).toBeLessThan(8000);
				if (!tool.writes) expect(outcome.structured.asOf).toBe('2026-11-23');
			}
		}
	);

	test.each(TOOLS.map((t) => [t.name, t] as const))(
		"%s: a rep never gets another rep's customer",
		async (_name, tool) => {
			const anaFollowUps = [fx.followUps.f0, fx.followUps.f1, fx.followUps.f2, fx.followUps.f3];
			anaFollowUps.push(fx.followUps.f4, fx.followUps.f5);
			const anaOpportunities = [1, 2, 3, 4, 5].map(
				(n) => fx.opportunities[`o${n}` as keyof Fixture['opportunities']]
			);
			const anaContacts = [
				fx.contacts.paula,
				fx.contacts.marcos,
				fx.contacts.jorge,
				fx.contacts.rita
			];
			const calls = [sample(tool)(fx), ...ATTACKS[tool.name](fx)];
			let answered = 0;
			for (const input of calls) {
				const outcome: ToolOutcome = await runTool(tool, input, ana(db));
				if (!outcome.ok) {
					expect(['not_in_portfolio', 'not_found'], outcome.message).toContain(outcome.code);
					continue;
				}
				answered++;
				const text = JSON.stringify(outcome.structured) + outcome.summary;
				for (const word of BRUNO_WORDS)
					expect(text, `${JSON.stringify(input)}`).not.toContain(word);
				for (const id of collect(outcome.structured, 'customerId'))
					expect(ANA_CUSTOMERS).toContain(id);
				for (const id of collect(outcome.structured, 'repId')) expect([ANA, null]).toContain(id);
				for (const id of collect(outcome.structured, 'followUpId'))
					expect(anaFollowUps).toContain(id);
				for (const id of collect(outcome.structured, 'opportunityId'))
					if (id !== null) expect(anaOpportunities).toContain(id);
				for (const id of collect(outcome.structured, 'interactionId'))
					expect(fx.interactions.ana).toContain(id);
				for (const id of collect(outcome.structured, 'contactId'))
					if (id !== null) expect(anaContacts).toContain(id);
			}
			expect(answered).toBeGreaterThan(0);
		}
	);

	test.each(
		TOOLS.filter((t) => 'nextCursor' in t.outputSchema.shape).map((t) => [t.name, t] as const)
	)(
		'%s: walking the pages yields every row once, and the union equals the total',
		async (_name, tool) => {
			const { rows, id } = LISTS[tool.name];
			for (const ctx of [carla(db), ana(db)]) {
				const seen: unknown[] = [];
				let cursor: string | undefined;
				let total: number | undefined;
				let pages = 0;
				do {
					const outcome = await runTool(tool, { ...sample(tool)(fx), limit: 2, cursor }, ctx);
					if (!outcome.ok) throw new Error(outcome.message);
					const s = outcome.structured as Record<string, unknown>;
					total ??= s.total as number;
					expect(s.total).toBe(total);
					const page = s[rows] as Record<string, unknown>[];
					expect(page.length).toBeLessThanOrEqual(2);
					seen.push(...page.map((r) => r[id]));
					cursor = (s.nextCursor as string | null) ?? undefined;
					pages++;
				} while (cursor && pages < 50);
				expect(total).toBeGreaterThanOrEqual(3);
				expect(new Set(seen).size).toBe(seen.length);
				expect(seen.length).toBe(total);
			}
			const bad = await runTool(tool, { ...sample(tool)(fx), cursor: 'nope' }, carla(db));
			expect(bad).toMatchObject({ ok: false, code: 'invalid_input' });
		}
	);
});

/**
 * Thirty more customers of Ana's with long names, thirty segments, long texts everywhere: a
 * default answer of every tool (no limit passed) still fits in ~2,000 tokens (8,000
 * characters of JSON).
 */
async function seedBulk(db: GiroDatabase) {
	const ids = Array.from({ length: 30 }, (_, i) => 101 + i);
	const long = (what: string, n: number) => `${what} `.repeat(n).trim();
	await db.orm.insert(customers).values(
		ids.map((id) => ({
			id,
			erpCode: `BULK-${id}`,
			legalName: `${long('Comércio Atacadista de Gêneros Alimentícios', 2)} ${id} Ltda`,
			tradeName: `Supermercado Família Feliz Unidade ${id}`,
			segment: `segmento ${id}`,
			uf: 'SP',
			city: 'São José dos Campos',
			repId: ANA
		}))
	);
	await db.orm.insert(orders).values(
		ids.flatMap((id) =>
			ordersEndingAt('2026-09-01', 30, 10, 1000_00 + id).map(([orderDate, totalCents], i) => ({
				erpId: `BULK-${id}-${i}`,
				customerId: id,
				orderDate,
				totalCents
			}))
		)
	);
	await db.orm.insert(contacts).values(
		Array.from({ length: 6 }, (_, i) => ({
			customerId: 101,
			name: `Contato Com Nome Bem Comprido Número ${i}`,
			role: 'Gerente de Compras e Suprimentos',
			email: `contato.com.nome.comprido.${i}@supermercadofamiliafeliz.test`,
			phone: '+5512999990000',
			whatsapp: '+5512999990000',
			whatsappConsent: true,
			preferredChannel: 'whatsapp' as const
		}))
	);
	const stageChangedAt = new Date('2026-10-01T10:00:00-03:00');
	await db.orm.insert(opportunities).values([
		...ids.map((id) => ({
			customerId: id,
			repId: ANA,
			title: long('Fornecimento mensal de mercearia seca', 2),
			valueCents: 10000_00 + id,
			stage: 'negotiation' as const,
			stageChangedAt
		})),
		...Array.from({ length: 5 }, () => ({
			customerId: 101,
			repId: ANA,
			title: long('Proposta de ampliação de mix', 3),
			valueCents: 5000_00,
			stage: 'proposal' as const,
			stageChangedAt
		}))
	]);
	await db.orm.insert(interactions).values(
		ids.flatMap((id) =>
			[1, 2].map((d) => ({
				customerId: id,
				repId: ANA,
				channel: 'phone' as const,
				occurredAt: new Date(`2026-11-0${d}T10:00:00-03:00`),
				summary: long('Conversamos sobre preço, prazo de entrega e condições de pagamento.', 5),
				notes: long('Anotação detalhada.', 60)
			}))
		)
	);
	await db.orm.insert(followUps).values(
		ids.flatMap((id) =>
			['2026-11-16', '2026-11-20'].map((dueDate) => ({
				customerId: id,
				repId: ANA,
				dueDate,
				channel: 'phone' as const,
				purpose: 'reactivation' as const,
				note: long('Retomar a conversa sobre o mix de produtos.', 8)
			}))
		)
	);
	await db.orm.execute(sql`select setval('customers_id_seq', (select max(id) from customers))`);
}

const BUDGET: Record<string, Input> = {
	get_portfolio_health: { breakdown: 'segment' },
	estimate_lost_revenue: { groupBy: 'segment', topCustomers: 5 },
	get_customer_profile: { customerId: 101 },
	find_customers: { query: 'supermercado familia feliz' },
	list_interactions: {},
	list_follow_ups: { window: 'all', status: 'any' },
	list_customers: {},
	list_stopped_customers: { period: 'last_month' }
};

/** Over budget before this suite; the fix belongs in the tool (a smaller default page). */
const KNOWN_OVER_BUDGET = new Set<string>();

describe('default answers on a fuller portfolio', () => {
	// Runs after the suite above, on the same database.
	beforeAll(() => seedBulk(db));

	test.each(TOOLS.filter((t) => !KNOWN_OVER_BUDGET.has(t.name)).map((t) => [t.name, t] as const))(
		'%s stays under ~2,000 tokens',
		async (name, tool) => {
			const input = { ...sample(tool)(fx), ...BUDGET[name] };
			delete input.limit;
			const outcome = await runTool(tool, input, carla(db));
			if (!outcome.ok) throw new Error(outcome.message);
			const size = JSON.stringify(outcome.structured).length;
			expect(size, `${name}: ${size} characters`).toBeLessThan(8000);
			expect(outcome.summary.length).toBeLessThan(700);
		}
	);
});
