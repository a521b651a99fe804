/**
 * search_interactions on PGlite (pgvector): scope, filters, accents and inflections, the
 * hybrid mode, and vectors written with log_interaction. The server without pgvector is in
 * search-no-vector.test.ts; recall on the labelled demo set in recall.test.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { localEmbedder } from '#lib/server/domain/interaction-search/embedder.ts';
import { findTool } from '#lib/server/tools/registry.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite } from '../support/databases.ts';
import { ana, BRUNO, carla } from '../tools/fixture.ts';
import { seedNotes, type NoteKey } from './notes-fixture.ts';

let db: GiroDatabase;
let ids: Record<NoteKey, number>;
beforeAll(async () => {
	db = await freshPglite();
	({ ids } = await seedNotes(db));
	await embedInteractions(db, 'missing', localEmbedder);
});
afterAll(() => db?.close());

const tool = findTool('search_interactions')!;

interface Hit {
	interactionId: number;
	customerId: number;
	date: string;
	snippet: string;
	foundBy: string[];
}

async function search(ctx: ToolContext, input: Record<string, unknown>) {
	const outcome = await runTool(tool, input, ctx);
	if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
	return outcome as Extract<ToolOutcome, { ok: true }> & {
		structured: { mode: string; hits: Hit[] };
	};
}
const hitIds = (r: { structured: { hits: Hit[] } }) =>
	r.structured.hits.map((h) => h.interactionId);

describe('search_interactions', () => {
	test('finds what was said, hybrid, with both methods credited and a snippet', async () => {
		const r = await search(carla(db), { query: 'atraso na entrega' });
		expect(r.structured.mode).toBe('hybrid');
		expect(hitIds(r).slice(0, 3).sort()).toEqual(
			[ids.anaDelay, ids.anaLate, ids.brunoDelay].sort()
		);
		const first = r.structured.hits[0];
		expect(first.foundBy).toEqual(['full_text', 'vector']);
		expect(first.snippet).toMatch(/atras/);
		expect(r.summary).toMatch(/contatos sobre "atraso na entrega"/);
		expect(r.summary).toMatch(/\d{2}\/\d{2}\/\d{4}/);
	});

	test('a rep never gets another rep’s notes, however asked', async () => {
		const mine = await search(ana(db), { query: 'atraso na entrega', limit: 25 });
		expect(hitIds(mine)).toContain(ids.anaDelay);
		expect(hitIds(mine)).not.toContain(ids.brunoDelay);
		expect(mine.structured.hits.every((h) => [1, 2, 3, 4, 5, 9].includes(h.customerId))).toBe(true);
		const asBruno = await search(ana(db), { query: 'atraso na entrega', repId: BRUNO, limit: 25 });
		expect(hitIds(asBruno)).not.toContain(ids.brunoDelay);
		const other = await runTool(tool, { query: 'atraso', customerId: 7 }, ana(db));
		expect(other).toMatchObject({ ok: false, code: 'not_in_portfolio' });
		expect(JSON.stringify(other)).not.toMatch(/Atacado Norte|Tânia/);
	});

	test('a manager may narrow by rep', async () => {
		const r = await search(carla(db), { query: 'atraso na entrega', repId: BRUNO });
		expect(hitIds(r)[0]).toBe(ids.brunoDelay);
		expect(r.structured.hits.every((h) => [6, 7, 8].includes(h.customerId))).toBe(true);
	});

	test('filters: customer, channel, period', async () => {
		const byCustomer = await search(carla(db), { query: 'atraso entrega', customerId: 2 });
		expect(hitIds(byCustomer)[0]).toBe(ids.anaLate);
		expect(byCustomer.structured.hits.every((h) => h.customerId === 2)).toBe(true);
		const byChannel = await search(carla(db), { query: 'atraso entrega', channel: 'whatsapp' });
		expect(hitIds(byChannel)[0]).toBe(ids.anaLate);
		expect(hitIds(byChannel)).not.toContain(ids.anaDelay); // same words, by phone
		const channels = await db.rows<{ channel: string }>(
			sql`select distinct channel from interactions where id = any(${`{${hitIds(byChannel).join(',')}}`}::int[])`
		);
		expect(channels).toEqual([{ channel: 'whatsapp' }]);
		const byPeriod = await search(carla(db), {
			query: 'atraso entrega',
			from: '2026-10-01',
			to: '2026-10-31'
		});
		expect(hitIds(byPeriod).slice(0, 2).sort()).toEqual([ids.anaDelay, ids.brunoDelay].sort());
		expect(hitIds(byPeriod)).not.toContain(ids.anaLate); // November
		expect(byPeriod.structured.hits.every((h) => h.date.startsWith('2026-10'))).toBe(true);
	});

	test('accents, case and inflections: "reclamacao de PRECO" finds "Reclamação de preço"', async () => {
		const r = await search(carla(db), { query: 'reclamacao de PRECO', limit: 3 });
		expect(hitIds(r)[0]).toBe(ids.anaPrice);
		expect(r.structured.hits[0].foundBy).toContain('full_text');
		const inflected = await search(carla(db), { query: 'entregas atrasadas', limit: 3 });
		expect(hitIds(inflected)).toContain(ids.anaLate);
	});

	test('nothing after asOf exists, and a bad period is a pt-BR error', async () => {
		const r = await search(carla(db), { query: 'data de referência', limit: 25 });
		expect(r.structured.hits.every((h) => h.date <= '2026-11-23')).toBe(true);
		const bad = await runTool(
			tool,
			{ query: 'preço', from: '2026-11-10', to: '2026-11-01' },
			carla(db)
		);
		expect(bad).toMatchObject({ ok: false, code: 'invalid_input' });
		const short = await runTool(tool, { query: 'a' }, carla(db));
		expect(short).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((short as { message: string }).message).toContain('query');
	});

	test('log_interaction writes the vector with the interaction', async () => {
		const log = findTool('log_interaction')!;
		const input = {
			customerId: 1,
			channel: 'visit',
			summary: 'Produto com avaria',
			notes: 'Embalagens rasgadas no lote de feijão'
		};
		const preview = await runTool(log, input, ana(db));
		const token = (preview as unknown as { structured: { confirmationToken: string } }).structured
			.confirmationToken;
		const done = await runTool(log, { ...input, confirmationToken: token }, ana(db));
		const id = (done as unknown as { structured: { result: { interactionId: number } } }).structured
			.result.interactionId;
		const [row] = await db.rows<{ model: string }>(
			sql`select model from interaction_embeddings where interaction_id = ${id}`
		);
		expect(row.model).toBe('local-ngram-v1');
		const r = await search(ana(db), { query: 'embalagem rasgada' });
		expect(hitIds(r)[0]).toBe(id);
	});
});
