/**
 * The response cache against a fake OpenAI-compatible server (node:http on 127.0.0.1, SSE chat
 * completions, the pattern of tests/chat/openai-compatible.test.ts): a first run of a two-step
 * conversation makes two HTTP requests and stores them; a second identical run makes none and
 * gets the same answer; a different question misses; the key never contains the API key.
 */
import http from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { evalModel } from './eval-model.ts';

let server: http.Server;
let baseURL: string;
let dir: string;
const requests: string[] = [];

function chunk(delta: object, finish: string | null = null) {
	return `data: ${JSON.stringify({
		id: 'chatcmpl-1',
		object: 'chat.completion.chunk',
		created: 1_700_000_000,
		model: 'fake',
		choices: [{ index: 0, delta, finish_reason: finish }]
	})}\n\n`;
}

function answer(body: { messages: { role: string; content: unknown }[] }): string[] {
	const tool = body.messages.find((m) => m.role === 'tool');
	if (!tool)
		return [
			chunk({
				role: 'assistant',
				tool_calls: [
					{
						index: 0,
						id: 'call_1',
						type: 'function',
						function: { name: 'count_customers', arguments: '{}' }
					}
				]
			}),
			chunk({}, 'tool_calls'),
			'data: [DONE]\n\n'
		];
	return [
		chunk({ role: 'assistant', content: `São ${String(tool.content)} clientes.` }),
		chunk({}, 'stop'),
		'data: [DONE]\n\n'
	];
}

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'giro-eval-cache-'));
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			requests.push(raw);
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			for (const line of answer(JSON.parse(raw))) res.write(line);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await rm(dir, { recursive: true, force: true });
});

async function ask(prompt: string) {
	const chosen = evalModel(
		'fake-model',
		{ LLM_BASE_URL: baseURL, LLM_API_KEY: 'segredo-123' },
		dir
	);
	const result = streamText({
		model: chosen.model,
		prompt,
		tools: {
			count_customers: tool({
				description: 'conta',
				inputSchema: z.object({}),
				execute: async () => 42
			})
		},
		stopWhen: stepCountIs(3)
	});
	return { text: await result.text, cache: chosen.cache! };
}

describe('response cache', () => {
	test('the second identical run makes no HTTP request and answers the same', async () => {
		const first = await ask('quantos clientes?');
		expect(first.text).toBe('São 42 clientes.');
		expect(requests).toHaveLength(2);
		expect(first.cache).toEqual({ hits: 0, misses: 2 });

		const second = await ask('quantos clientes?');
		expect(second.text).toBe(first.text);
		expect(requests).toHaveLength(2);
		expect(second.cache).toEqual({ hits: 2, misses: 0 });
	});

	test('another question is another key; the stored files never hold the API key', async () => {
		await ask('e agora, quantos?');
		expect(requests).toHaveLength(4);
		const files = await readdir(dir);
		expect(files).toHaveLength(4);
		for (const f of files)
			expect(await readFile(path.join(dir, f), 'utf8')).not.toContain('segredo-123');
	});

	test('without LLM_BASE_URL or OPENAI_API_KEY, --model says what to set', () => {
		expect(() => evalModel('gpt-4o-mini', {}, dir)).toThrow(/LLM_BASE_URL.*OPENAI_API_KEY/);
		expect(evalModel(undefined, {}, dir).offline).toBe(true);
	});
});
