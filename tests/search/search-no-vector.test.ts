/**
 * search_interactions on the PostgreSQL server without pgvector (the embedded PostgreSQL 18 of
 * the test run, Debian's 15): full-text only, said in the answer, with the same scope and
 * filters; writes and `embedInteractions` work without a vector table.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { localEmbedder } from '#lib/server/domain/interaction-search/embedder.ts';
import { findTool } from '#lib/server/tools/registry.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { ana, carla } from '../tools/fixture.ts';
import { seedNotes, type NoteKey } from './notes-fixture.ts';

let db: ServerDatabase;
let ids: Record<NoteKey, number>;
beforeAll(async () => {
	db = await freshServer();
	({ ids } = await seedNotes(db));
});
afterAll(() => db?.close());

const tool = findTool('search_interactions')!;

describe('search_interactions without pgvector', () => {
	test('answers with full-text only and says so in pt-BR', async () => {
		expect(db.vector).toBe(false);
		expect(await embedInteractions(db, 'missing', localEmbedder)).toMatchObject({
			skipped: 'no_vector'
		});
		const r = await runTool(tool, { query: 'reclamacao de atraso' }, carla(db));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.structured.mode).toBe('full_text');
		expect(r.summary).toMatch(/Só a busca por palavras \(texto completo\) foi usada/);
		const hits = r.structured.hits as { interactionId: number; foundBy: string[] }[];
		expect(
			hits
				.map((h) => h.interactionId)
				.slice(0, 3)
				.sort()
		).toEqual([ids.anaDelay, ids.anaLate, ids.brunoDelay].sort());
		expect(hits.every((h) => h.foundBy.join() === 'full_text')).toBe(true);
	});

	test('keeps scope and filters on the server', async () => {
		const r = await runTool(tool, { query: 'atraso entrega', channel: 'phone' }, ana(db));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const hitIds = (r.structured.hits as { interactionId: number }[]).map((h) => h.interactionId);
		expect(hitIds).toEqual([ids.anaDelay]);
	});
});
