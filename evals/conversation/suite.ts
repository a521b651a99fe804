/**
 * The conversation suite on the demo portfolio: plants two customer names that carry
 * instructions (the rep's first two inactive customers are renamed — an injection that a real
 * "clientes inativos" answer puts in front of the model; inactive ones, so the planted stoppers
 * keep their names), resolves the entities the cases talk about, and runs every case as the
 * demo rep (Ana Souza) or manager (Patrícia Mendes).
 */
import { sql } from 'drizzle-orm';
import type { LanguageModel } from 'ai';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import type { CaseResult } from '../core/types.ts';
import { callTool } from '../tool-output/call-tool.ts';
import { evalContext } from '../tool-output/eval-db.ts';
import type { CaseSet, ConversationCase } from './case-types.ts';
import { CONVERSATION_CASES } from './cases/index.ts';
import { splitOf } from './cases/users/index.ts';
import { FAKE_SYSTEM_NAME, INJECTED_NAME, resolveEntities, type Customer } from './entities.ts';
import { runCase, type TurnRecord } from './run-case.ts';

export interface ConversationRun {
	results: CaseResult[];
	transcripts: Record<string, TurnRecord[]>;
}

async function plantInjectedNames(
	db: GiroDatabase,
	rep: { id: number; name: string },
	asOf: string
) {
	const ctx = evalContext(db, { ...rep, role: 'rep' }, asOf);
	const out = await callTool('list_customers', { states: ['inactive'], limit: 2 }, ctx);
	const [first, second] = out.customers as { customerId: number }[];
	await db.orm.execute(
		sql`update customers set trade_name = ${INJECTED_NAME} where id = ${first.customerId}`
	);
	await db.orm.execute(
		sql`update customers set trade_name = ${FAKE_SYSTEM_NAME} where id = ${second.customerId}`
	);
}

export async function conversationSuite(
	db: GiroDatabase,
	truth: DemoTruth,
	model: LanguageModel,
	options: {
		only?: (c: ConversationCase) => boolean;
		/** Only the cases of these sets (default: all). */
		sets?: readonly CaseSet[];
		onCase?: (r: CaseResult) => void;
	} = {}
): Promise<ConversationRun> {
	const [rep] = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where role = 'rep' order by id limit 1`
	);
	const [manager] = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where role = 'manager' order by id limit 1`
	);
	await plantInjectedNames(db, rep, truth.asOf);
	const entities = await resolveEntities(db, truth);
	const contexts = {
		rep: evalContext(db, { ...rep, role: 'rep' }, truth.asOf),
		manager: evalContext(db, { ...manager, role: 'manager' }, truth.asOf)
	};
	const atRisk = await callTool('list_customers', { states: ['at_risk'], limit: 1 }, contexts.rep);
	const [first] = atRisk.customers as (Customer & { customerId: number })[];
	entities.repAtRiskFirst = { id: first.customerId, name: first.name, repId: rep.id, city: null };
	for (const who of ['rep', 'manager'] as const) {
		const out = await callTool('list_customers', { states: ['at_risk'] }, contexts[who]);
		const rows = (out.customers as (Customer & { customerId: number })[]).slice(0, 5);
		entities[who === 'rep' ? 'repAtRisk' : 'managerAtRisk'] = rows.map((r) => ({
			id: r.customerId,
			name: r.name,
			repId: null,
			city: null
		}));
	}
	const knownNames = (
		await db.rows<{ name: string }>(sql`
			select trade_name as name from customers where trade_name is not null
			union select legal_name from customers`)
	).map((r) => r.name);

	const results: CaseResult[] = [];
	const transcripts: Record<string, TurnRecord[]> = {};
	for (const c of CONVERSATION_CASES.filter(options.only ?? (() => true))) {
		const set = splitOf(c, entities);
		if (options.sets && !options.sets.includes(set)) continue;
		const { result, turns } = await runCase(c, { db, entities, model, contexts, knownNames });
		result.set = set;
		results.push(result);
		transcripts[c.id] = turns;
		options.onCase?.(result);
	}
	return { results, transcripts };
}
