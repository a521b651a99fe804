/**
 * Saved conversations on PGlite: a turn through chatTurn (AI SDK mock model) is saved with its
 * title, messages and model; a provider failure still keeps the question; another user can
 * neither read, continue, nor delete it (404, like a missing one); the list is newest first;
 * delete; anonymous calls get 401 and malformed ids 400.
 */
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { APICallError, type UIMessage } from 'ai';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chatTurn } from '#lib/server/chat/chat-turn.ts';
import {
	deleteConversationResponse,
	getConversationResponse,
	listConversationsResponse
} from '#lib/server/chat/conversation-api.ts';
import {
	conversationTitle,
	listConversations,
	loadConversation,
	saveConversation
} from '#lib/server/chat/conversations.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ANA, AS_OF, BRUNO, seedFixture } from '../tools/fixture.ts';

const USAGE = {
	inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
	outputTokens: { total: 1, text: 1, reasoning: 0 }
};

function textModel(text: string) {
	const chunks: LanguageModelV4StreamPart[] = [
		{ type: 'stream-start', warnings: [] },
		{ type: 'text-start', id: 't' },
		{ type: 'text-delta', id: 't', delta: text },
		{ type: 'text-end', id: 't' },
		{ type: 'finish', usage: USAGE, finishReason: { unified: 'stop', raw: 'stop' } }
	];
	return new MockLanguageModelV4({
		doStream: async () => ({ stream: simulateReadableStream({ chunks }) })
	});
}

const failingModel = () =>
	new MockLanguageModelV4({
		doStream: async () => {
			throw new APICallError({
				message: 'Unauthorized',
				url: 'https://api.openai.com/v1/chat/completions',
				requestBodyValues: {},
				statusCode: 401,
				isRetryable: false
			});
		}
	});

const question = (id: string, text: string): UIMessage => ({
	id,
	role: 'user',
	parts: [{ type: 'text', text }]
});

let db: GiroDatabase;

beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
});
afterAll(() => db?.close());

const anaCtx = () => testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, 'chat');
const brunoCtx = () => testContext(db, { id: BRUNO, role: 'rep', name: 'Bruno' }, AS_OF, 'chat');

/** One turn as the browser sends it; resolves after the response is read and the save ran. */
async function turn(
	ctx: ReturnType<typeof anaCtx>,
	body: unknown,
	model = textModel('Olá! Aqui está.')
) {
	let saved!: (ok: boolean) => void;
	const savedPromise = new Promise<boolean>((resolve) => (saved = resolve));
	const response = await chatTurn({
		body,
		ctx,
		chosen: { model, id: 'mock:test', label: 'Modelo de teste' },
		onSaved: saved
	});
	const text = await response.text();
	return {
		response,
		text,
		saved: response.ok ? await savedPromise : false
	};
}

async function rowCount(id: string): Promise<number> {
	const [row] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from chat_conversations where id = ${id}`
	);
	return row.n;
}

describe('saving a conversation', () => {
	test('a finished turn is saved with its title, both messages and the model', async () => {
		const body = { id: 'conv-ana-001', messages: [question('u1', '  O que eu   faço agora? ')] };
		const { response, saved } = await turn(anaCtx(), body);
		expect(response.status).toBe(200);
		expect(saved).toBe(true);
		const conversation = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		expect(conversation).toMatchObject({ title: 'O que eu faço agora?', model: 'mock:test' });
		expect(conversation!.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
		const answer = conversation!.messages[1];
		expect(answer.parts).toContainEqual(
			expect.objectContaining({ type: 'text', text: 'Olá! Aqui está.' })
		);
		expect(answer.metadata).toEqual({ model: 'Modelo de teste' });
	});

	test('the next turn replaces the messages and keeps the first question as the title', async () => {
		const first = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		const body = {
			id: 'conv-ana-001',
			messages: [...first!.messages, question('u2', 'E amanhã?')]
		};
		await turn(anaCtx(), body, textModel('Amanhã também.'));
		const again = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		expect(again!.title).toBe('O que eu faço agora?');
		expect(again!.messages).toHaveLength(4);
		expect(again!.updatedAt >= first!.updatedAt).toBe(true);
	});

	test('a provider failure keeps the question (to retry) and tells the person in pt-BR', async () => {
		const body = { id: 'conv-ana-fail', messages: [question('u1', 'Minha fila')] };
		const { text, saved } = await turn(anaCtx(), body, failingModel());
		expect(text).toContain('O provedor do modelo recusou a chave de acesso');
		expect(saved).toBe(true);
		const conversation = await loadConversation(db, { userId: ANA, id: 'conv-ana-fail' });
		expect(conversation!.messages.map((m) => m.role)).toEqual(['user']);
		expect(conversation!.title).toBe('Minha fila');
	});
});

describe('ownership', () => {
	test('another user cannot continue, read or delete the conversation (404)', async () => {
		const before = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		const body = { id: 'conv-ana-001', messages: [question('x1', 'quero ver')] };
		const model = textModel('não deveria');
		const { response, text } = await turn(brunoCtx(), body, model);
		expect(response.status).toBe(404);
		expect(JSON.parse(text)).toMatchObject({ message: 'Conversa não encontrada.' });
		expect(model.doStreamCalls).toHaveLength(0); // the model never ran
		const read = await getConversationResponse(db, { id: BRUNO }, 'conv-ana-001');
		expect(read.status).toBe(404);
		expect(await read.json()).toMatchObject({ message: 'Conversa não encontrada.' });
		expect((await deleteConversationResponse(db, { id: BRUNO }, 'conv-ana-001')).status).toBe(404);
		const list = await (await listConversationsResponse(db, { id: BRUNO })).json();
		expect(list.conversations).toEqual([]);
		const after = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		expect(after).toEqual(before);
	});

	test('a save over someone else’s id writes nothing', async () => {
		const saved = await saveConversation(db, {
			userId: BRUNO,
			id: 'conv-ana-001',
			messages: [question('b1', 'sobrescrever')],
			model: 'offline'
		});
		expect(saved).toBe(false);
		const conversation = await loadConversation(db, { userId: ANA, id: 'conv-ana-001' });
		expect(conversation!.title).toBe('O que eu faço agora?');
	});

	test('anonymous calls get 401; malformed ids get a pt-BR 400', async () => {
		expect((await listConversationsResponse(db, null)).status).toBe(401);
		expect((await getConversationResponse(db, null, 'conv-ana-001')).status).toBe(401);
		expect((await deleteConversationResponse(db, undefined, 'conv-ana-001')).status).toBe(401);
		const bad = await getConversationResponse(db, { id: ANA }, 'a b');
		expect(bad.status).toBe(400);
		expect((await bad.json()).message).toMatch(/Conversa inválida/);
		const { response } = await turn(anaCtx(), { id: '../x', messages: [question('u', 'oi')] });
		expect(response.status).toBe(400);
	});
});

describe('list and delete', () => {
	test('newest first, by last update', async () => {
		for (const id of ['conv-list-a', 'conv-list-b'])
			await saveConversation(db, {
				userId: ANA,
				id,
				messages: [question('q', `pergunta ${id}`)],
				model: 'offline'
			});
		await db.rows(
			sql`update chat_conversations set updated_at = now() - interval '1 hour' where id = 'conv-list-a'`
		);
		const ids = (await listConversations(db, { userId: ANA })).map((c) => c.id);
		expect(ids.indexOf('conv-list-b')).toBeLessThan(ids.indexOf('conv-list-a'));
		// Continuing the older one brings it to the top.
		await saveConversation(db, {
			userId: ANA,
			id: 'conv-list-a',
			messages: [question('q', 'pergunta conv-list-a'), question('q2', 'de novo')],
			model: 'offline'
		});
		const response = await listConversationsResponse(db, { id: ANA });
		const { conversations } = await response.json();
		expect(conversations[0]).toMatchObject({
			id: 'conv-list-a',
			title: 'pergunta conv-list-a',
			model: 'offline'
		});
		expect(conversations[0]).not.toHaveProperty('messages');
	});

	test('delete removes it; a second delete is 404', async () => {
		expect(await rowCount('conv-list-b')).toBe(1);
		expect((await deleteConversationResponse(db, { id: ANA }, 'conv-list-b')).status).toBe(204);
		expect(await rowCount('conv-list-b')).toBe(0);
		expect((await deleteConversationResponse(db, { id: ANA }, 'conv-list-b')).status).toBe(404);
		expect((await getConversationResponse(db, { id: ANA }, 'conv-list-b')).status).toBe(404);
	});
});

test('the title is the first question, on one line, at most 80 characters', () => {
	const long = 'a'.repeat(100);
	expect(conversationTitle([question('1', long)])).toHaveLength(80);
	expect(conversationTitle([question('1', long)]).endsWith('…')).toBe(true);
	expect(conversationTitle([])).toBe('Conversa sem título');
});
