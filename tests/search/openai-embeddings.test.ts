/**
 * Remote embeddings through an OpenAI-compatible `/embeddings` endpoint: a fake server on
 * 127.0.0.1 (no network). Checks what is sent (model, `dimensions: 256`, the texts), that the
 * model id is recorded per vector, that a wrong size is refused with a clear message, and that
 * a failing server never loses a written interaction (embedded after commit; the missing
 * vector is filled later).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { localEmbedding } from '#lib/server/domain/interaction-search/local-embedding.ts';
import { chooseEmbedder } from '#lib/server/embeddings/choose-embedder.ts';
import { findTool } from '#lib/server/tools/registry.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { ana } from '../tools/fixture.ts';
import { seedNotes } from './notes-fixture.ts';

interface EmbeddingRequest {
	model: string;
	input: string[];
	dimensions?: number;
}

const requests: EmbeddingRequest[] = [];
let mode: 'ok' | 'wrong_size' | 'down' = 'ok';
let server: http.Server;
let baseURL: string;
let db: GiroDatabase;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			const body = JSON.parse(raw) as EmbeddingRequest;
			requests.push(body);
			if (mode === 'down' || req.url !== '/v1/embeddings') {
				res.writeHead(503, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: 'indisponível' } }));
				return;
			}
			// A stand-in model: the local embedding (same size, deterministic, meaningful).
			const size = mode === 'wrong_size' ? 768 : (body.dimensions ?? 1536);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({
					object: 'list',
					model: body.model,
					data: body.input.map((text, index) => ({
						object: 'embedding',
						index,
						embedding: localEmbedding(text, size)
					})),
					usage: { prompt_tokens: 5, total_tokens: 5 }
				})
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
	db = await freshPglite();
	await seedNotes(db);
});
afterAll(async () => {
	server?.close();
	await db?.close();
});

const remote = () =>
	chooseEmbedder({ EMBEDDING_MODEL: 'text-embedding-3-small', LLM_BASE_URL: baseURL });

describe('OpenAI-compatible embeddings', () => {
	test('sends the model, dimensions 256 and the texts; records the model per vector', async () => {
		mode = 'ok';
		const embedder = remote();
		expect(embedder).toMatchObject({ model: 'compatible:text-embedding-3-small', remote: true });
		const result = await embedInteractions(db, 'missing', embedder);
		expect(result.embedded).toBeGreaterThan(4);
		expect(requests.at(-1)).toMatchObject({ model: 'text-embedding-3-small', dimensions: 256 });
		expect(requests.flatMap((r) => r.input)).toContain(
			'Reclamação de preço\nRita achou o preço alto do óleo nesta tabela. Pediu para revermos a condição.'
		);
		const models = await db.rows<{ model: string }>(
			sql`select distinct model from interaction_embeddings`
		);
		expect(models).toEqual([{ model: 'compatible:text-embedding-3-small' }]);
		const search = await runTool(
			findTool('search_interactions')!,
			{ query: 'reclamacao de preco' },
			{ ...ana(db), embedder }
		);
		expect(search.ok && (search.structured.hits as { foundBy: string[] }[])[0].foundBy).toEqual([
			'full_text',
			'vector'
		]);
	});

	test('a model answering another size is refused, naming the fix', async () => {
		mode = 'wrong_size';
		await db.rows(sql`delete from interaction_embeddings`);
		await expect(embedInteractions(db, 'missing', remote())).rejects.toThrow(
			/768 dimensões; o Giro guarda 256.*dimensions/
		);
	});

	test('a failing server never loses a written interaction; embed fills it later', async () => {
		mode = 'down';
		const embedder = remote();
		const log = findTool('log_interaction')!;
		const input = { customerId: 1, channel: 'phone', summary: 'Pediu desconto no frete' };
		const ctx = { ...ana(db), embedder };
		const preview = await runTool(log, input, ctx);
		const token = (preview as unknown as { structured: { confirmationToken: string } }).structured
			.confirmationToken;
		const done = await runTool(log, { ...input, confirmationToken: token }, ctx);
		expect(done.ok).toBe(true);
		const id = (done as unknown as { structured: { result: { interactionId: number } } }).structured
			.result.interactionId;
		const vector = () =>
			db.rows(sql`select 1 from interaction_embeddings where interaction_id = ${id}`);
		expect(await vector()).toHaveLength(0);
		mode = 'ok';
		await embedInteractions(db, 'missing', embedder);
		expect(await vector()).toHaveLength(1);
	});

	test('EMBEDDING_MODEL without a server or key is a clear configuration error', () => {
		expect(() => chooseEmbedder({ EMBEDDING_MODEL: 'text-embedding-3-small' })).toThrow(
			/OPENAI_API_KEY.*LLM_BASE_URL/s
		);
		expect(chooseEmbedder({}).model).toBe('local-ngram-v1');
	});
});
