/**
 * The real `@ai-sdk/openai` `.chat()` path end to end, against a fake OpenAI-compatible server
 * on 127.0.0.1 (node:http, streaming SSE chat completions): the model asks for a tool, Giro runs
 * it on the fixture, sends the result back, and the server answers with text.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UIMessage } from 'ai';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseModel, OFFLINE_LABEL } from '#lib/server/chat/choose-model.ts';
import { runChat } from '#lib/server/chat/run-chat.ts';
import { parseEnv } from '#lib/server/config.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { AS_OF, CARLA, seedFixture } from '../tools/fixture.ts';

interface ChatRequest {
	model: string;
	stream: boolean;
	messages: { role: string; content: unknown; tool_calls?: unknown[] }[];
	tools?: { type: string; function: { name: string } }[];
}

const requests: ChatRequest[] = [];
const headers: http.IncomingHttpHeaders[] = [];
let server: http.Server;
let baseURL: string;

function chunk(delta: object, finish: string | null = null, usage?: object) {
	return `data: ${JSON.stringify({
		id: 'chatcmpl-1',
		object: 'chat.completion.chunk',
		created: 1_700_000_000,
		model: 'llama3',
		choices: [{ index: 0, delta, finish_reason: finish }],
		...(usage ? { usage } : {})
	})}\n\n`;
}

const USAGE = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

function answer(body: ChatRequest): string[] {
	const toolMessage = body.messages.find((m) => m.role === 'tool');
	if (!toolMessage)
		return [
			chunk({
				role: 'assistant',
				content: null,
				tool_calls: [
					{
						index: 0,
						id: 'call_1',
						type: 'function',
						function: { name: 'list_stopped_customers', arguments: '' }
					}
				]
			}),
			chunk({ tool_calls: [{ index: 0, function: { arguments: '{"period":' } }] }),
			chunk({ tool_calls: [{ index: 0, function: { arguments: '"2026-10"}' } }] }),
			chunk({}, 'tool_calls', USAGE),
			'data: [DONE]\n\n'
		];
	const result = JSON.parse(String(toolMessage.content)) as { summary: string };
	return [
		chunk({ role: 'assistant', content: 'Segundo o Giro: ' }),
		chunk({ content: result.summary }),
		chunk({}, 'stop', USAGE),
		'data: [DONE]\n\n'
	];
}

let ctx: ToolContext;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
				res.writeHead(404).end();
				return;
			}
			const body = JSON.parse(raw) as ChatRequest;
			requests.push(body);
			headers.push(req.headers);
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
			for (const line of answer(body)) res.write(line);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
	const db = await freshPglite();
	await seedFixture(db);
	ctx = testContext(db, { id: CARLA, role: 'manager', name: 'Carla' }, AS_OF, 'chat');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('chooseModel', () => {
	test('nothing configured: the offline model', () => {
		const chosen = chooseModel(parseEnv({}));
		expect(chosen.kind).toBe('offline');
		expect(chosen.label).toBe(OFFLINE_LABEL);
	});

	test('OPENAI_API_KEY: OpenAI chat completions, gpt-4o-mini unless LLM_MODEL', () => {
		expect(chooseModel(parseEnv({ OPENAI_API_KEY: 'sk-test' })).label).toBe('OpenAI gpt-4o-mini');
		expect(chooseModel(parseEnv({ OPENAI_API_KEY: 'sk-test', LLM_MODEL: 'gpt-4.1' })).label).toBe(
			'OpenAI gpt-4.1'
		);
	});

	test('LLM_BASE_URL without LLM_MODEL is a configuration error in pt-BR', () => {
		expect(() => chooseModel(parseEnv({ LLM_BASE_URL: 'http://localhost:11434/v1' }))).toThrow(
			/falta LLM_MODEL/
		);
		expect(() => parseEnv({ LLM_BASE_URL: 'localhost:11434' })).toThrow(/LLM_BASE_URL/);
	});

	test('an API key is never echoed in a configuration error', () => {
		expect(() => parseEnv({ LLM_API_KEY: 'segredo', LLM_BASE_URL: 'nope' })).not.toThrow(/segredo/);
	});
});

describe('an OpenAI-compatible server', () => {
	test('tool call, tool result, answer — through @ai-sdk/openai .chat()', async () => {
		const chosen = chooseModel(
			parseEnv({ LLM_BASE_URL: baseURL, LLM_MODEL: 'llama3', LLM_API_KEY: 'chave-local' })
		);
		expect(chosen.kind).toBe('compatible');
		expect(chosen.label).toBe(`llama3 em ${baseURL}`);

		const messages: UIMessage[] = [
			{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'quem parou em outubro?' }] }
		];
		const result = await runChat({ messages, ctx, model: chosen.model });
		const text = await result.text;

		expect(requests).toHaveLength(2);
		const [first, second] = requests;
		expect(first.model).toBe('llama3');
		expect(first.stream).toBe(true);
		expect(first.messages[0]).toMatchObject({ role: 'system' });
		expect(String(first.messages[0].content)).toContain(`Hoje é ${AS_OF}`);
		expect(first.tools?.map((t) => t.function.name)).toHaveLength(TOOLS.length);
		// The real model gets the same new read tools and the coverage and scope rules.
		expect(first.tools?.map((t) => t.function.name)).toEqual(
			expect.arrayContaining([
				'rank_portfolio',
				'get_sales_by_period',
				'get_customer_products',
				'get_customer_contacts'
			])
		);
		const system = String(first.messages[0].content);
		expect(system).toContain('Cobertura:');
		expect(system).toContain('não encontrei vendedor Roberto');
		expect(system).toMatch(/vê só a própria carteira/);
		expect(headers[0].authorization).toBe('Bearer chave-local');

		const toolMessage = second.messages.find((m) => m.role === 'tool')!;
		const toolResult = JSON.parse(String(toolMessage.content)) as {
			ok: boolean;
			summary: string;
		};
		expect(toolResult.ok).toBe(true);
		expect(toolResult.summary).toMatch(/pararam de comprar em outubro de 2026/);
		expect(text).toBe(`Segundo o Giro: ${toolResult.summary}`);
	});
});
