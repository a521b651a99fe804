/**
 * One "Aprovar" in the chat writes once (issue #13, finding 3). The approval is recorded on the
 * server when the chat asks for it (user, conversation, tool call, payload hash, expiry) and
 * consumed in the write's transaction: re-sending the approved message — later, 10 at once, or
 * in another conversation — writes nothing more, and the tool says so in pt-BR.
 */
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { readUIMessageStream, type UIMessage } from 'ai';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runChat } from '#lib/server/chat/run-chat.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ANA, AS_OF, seedFixture } from '../tools/fixture.ts';

const USAGE = {
	inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
	outputTokens: { total: 1, text: 1, reasoning: 0 }
};

/** Calls schedule_follow_up once (tool call id `callId`), then echoes the tool result. */
function model(input: object, callId: string) {
	return new MockLanguageModelV4({
		doStream: async ({ prompt }: LanguageModelV4CallOptions) => {
			const last = prompt.at(-1);
			const chunks: LanguageModelV4StreamPart[] =
				last?.role === 'tool'
					? [
							{ type: 'stream-start', warnings: [] },
							{ type: 'text-start', id: 't' },
							{
								type: 'text-delta',
								id: 't',
								delta: `resultado: ${JSON.stringify(last.content.find((p) => p.type === 'tool-result')?.output)}`
							},
							{ type: 'text-end', id: 't' },
							{ type: 'finish', usage: USAGE, finishReason: { unified: 'stop', raw: 'stop' } }
						]
					: [
							{ type: 'stream-start', warnings: [] },
							{
								type: 'tool-call',
								toolCallId: callId,
								toolName: 'schedule_follow_up',
								input: JSON.stringify(input)
							},
							{
								type: 'finish',
								usage: USAGE,
								finishReason: { unified: 'tool-calls', raw: 'tool_calls' }
							}
						];
			return { stream: simulateReadableStream({ chunks }) };
		}
	});
}

const question: UIMessage = {
	id: 'u-1',
	role: 'user',
	parts: [{ type: 'text', text: 'agenda um retorno pra quinta com o Mercado Bom Preço' }]
};

let db: GiroDatabase;
let ctx: ToolContext;

beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
	ctx = testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, 'chat');
});
afterAll(() => db?.close());

async function followUps(): Promise<number> {
	const [row] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from follow_ups where customer_id = 1`
	);
	return row.n;
}

/** Asks for approval in `conversationId` and returns the assistant message, approved. */
async function approvedMessage(conversationId: string, dueDate: string, callId: string) {
	const first = await runChat({
		messages: [question],
		ctx,
		model: model({ customerId: 1, allowDuplicate: true, dueDate }, callId),
		conversationId
	});
	let assistant: UIMessage | undefined;
	for await (const m of readUIMessageStream<UIMessage>({ stream: first.toUIMessageStream() }))
		assistant = m;
	const part = assistant!.parts.find((p) => p.type === 'tool-schedule_follow_up') as {
		state: string;
		approval: { id: string };
	};
	expect(part.state).toBe('approval-requested');
	Object.assign(part, {
		state: 'approval-responded',
		approval: { ...part.approval, approved: true }
	});
	return assistant!;
}

async function send(conversationId: string, assistant: UIMessage, dueDate: string, callId: string) {
	const result = await runChat({
		messages: [question, structuredClone(assistant)],
		ctx,
		model: model({ customerId: 1, allowDuplicate: true, dueDate }, callId),
		conversationId
	});
	return result.text;
}

describe('chat approvals are single use', () => {
	test('sequential replays of the approved message write nothing more, and say so', async () => {
		const approved = await approvedMessage('conv-a', '2026-11-26', 'call-seq');
		const before = await followUps();
		expect(await send('conv-a', approved, '2026-11-26', 'call-seq')).toContain('Agendado');
		expect(await followUps()).toBe(before + 1);
		for (let i = 0; i < 3; i++) {
			const text = await send('conv-a', approved, '2026-11-26', 'call-seq');
			expect(text).toMatch(/aprovação já foi usada/);
		}
		expect(await followUps()).toBe(before + 1);
	});

	test('10 concurrent sends of one approval write exactly once', async () => {
		const approved = await approvedMessage('conv-c', '2026-11-27', 'call-conc');
		const before = await followUps();
		const texts = await Promise.all(
			Array.from({ length: 10 }, () => send('conv-c', approved, '2026-11-27', 'call-conc'))
		);
		expect(texts.filter((t) => t.includes('Agendado'))).toHaveLength(1);
		expect(await followUps()).toBe(before + 1);
	});

	test('an approval sent in another conversation writes nothing', async () => {
		const approved = await approvedMessage('conv-d', '2026-11-30', 'call-other');
		const before = await followUps();
		const text = await send('conv-e', approved, '2026-11-30', 'call-other');
		expect(text).toMatch(/aprovação já foi usada ou não vale aqui/);
		expect(await followUps()).toBe(before);
		// …and used once in its own conversation, it is spent there too.
		expect(await send('conv-d', approved, '2026-11-30', 'call-other')).toContain('Agendado');
		expect(await send('conv-e', approved, '2026-11-30', 'call-other')).not.toContain('Agendado');
		expect(await followUps()).toBe(before + 1);
	});
});
