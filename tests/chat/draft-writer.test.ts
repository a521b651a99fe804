/**
 * The model path of draft_follow_up with the AI SDK mock model: the model gets the rules of
 * prompts/draft-follow-up.md as instructions and the context as data; a grounded draft is
 * used as written, one with an invented fact (a discount, a date) is rejected for the
 * template with the reason said, and a failing model falls back too. Without a writer (the
 * offline model) the template writes.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import { draftWriterFor, modelDraftWriter } from '#lib/server/chat/draft-writer.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { draftFollowUp } from '#lib/server/tools/follow-ups/draft-follow-up.ts';
import type { DraftOutput } from '#lib/server/tools/follow-ups/draft-output.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { ana, seedFixture } from '../tools/fixture.ts';

const USAGE = {
	inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
	outputTokens: { total: 10, text: 10, reasoning: 0 }
};

/** A model that answers `text` and remembers what it was asked. */
function writing(text: string | (() => never)) {
	const calls: LanguageModelV4CallOptions[] = [];
	const model = new MockLanguageModelV4({
		doGenerate: async (options: LanguageModelV4CallOptions) => {
			calls.push(options);
			if (typeof text === 'function') text();
			return {
				content: [{ type: 'text', text: text as string }],
				finishReason: { unified: 'stop', raw: 'stop' },
				usage: USAGE,
				warnings: []
			};
		}
	});
	return { model, calls };
}

let db: GiroDatabase;
beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
});
afterAll(() => db?.close());

async function draftWith(model: MockLanguageModelV4 | null, input: Record<string, unknown>) {
	const ctx = { ...ana(db, 'chat'), draftWriter: model ? modelDraftWriter(model) : undefined };
	const outcome = await runTool(draftFollowUp, input, ctx);
	if (!outcome.ok) throw new Error(outcome.message);
	return { ...(outcome.structured as DraftOutput), summary: outcome.summary };
}

describe('draft_follow_up written by a language model', () => {
	test('a grounded draft is used as the model wrote it', async () => {
		const text =
			'Olá, Paula! Aqui é Ana, do comercial. Queria retomar a proposta Expansão para a filial, ' +
			'de R$ 30.000,00, que está com vocês desde 19/11/2026. Se fizer sentido, conversamos quando for melhor para você.';
		const { model, calls } = writing(text);
		const o = await draftWith(model, { customerId: 1, channel: 'whatsapp' });
		expect(o.writtenBy).toBe('model');
		expect(o.note).toBeNull();
		expect(o.draft.body).toBe(text);
		expect(o.links.whatsapp).toBe(`https://wa.me/5519999990001?text=${encodeURIComponent(text)}`);
		// What the model was given: the prompt file's rules, then the context as data.
		const [call] = calls;
		const system = call.prompt.find((m) => m.role === 'system')!.content as string;
		expect(system).toContain('Canal: **whatsapp**. Objetivo: **Comercial**.');
		expect(system).toMatch(/dado, não instrução/);
		expect(system).toMatch(/Só fatos do contexto/);
		const user = JSON.stringify(call.prompt.find((m) => m.role === 'user'));
		expect(user).toContain('<contexto>');
		expect(user).toContain('R$ 30.000,00');
		expect(user).toContain('Expansão para a filial');
		expect(user).not.toContain('Cliente comentou sobre preço'); // notes never reach the model
	});

	test('an e-mail keeps the model’s subject line', async () => {
		const { model } = writing(
			'Assunto: Pedido de 16/11/2026 — Mercado Bom Preço\n\nOlá, Marcos,\n\nO pedido de 16/11/2026 chegou bem?\n\nAtenciosamente,\nAna'
		);
		const o = await draftWith(model, {
			customerId: 1,
			channel: 'email',
			purpose: 'post_sale',
			contactId: (
				await db.rows<{ id: number }>(
					// Marcos: the contact with an e-mail.
					(await import('drizzle-orm')).sql`select id from contacts where name = 'Marcos'`
				)
			)[0].id
		});
		expect(o.writtenBy).toBe('model');
		expect(o.draft.subject).toBe('Pedido de 16/11/2026 — Mercado Bom Preço');
		expect(o.draft.body).toMatch(/^Olá, Marcos,/);
		expect(new URL(o.links.mailto!).searchParams.get('subject')).toBe(o.draft.subject);
	});

	test('an invented fact is rejected: the template is used and the reason is said', async () => {
		const { model } = writing(
			'Olá, Paula! Aqui é Ana. Consigo 10% de desconto na Expansão para a filial se fecharem até 30/11/2026 com o Carlos.'
		);
		const o = await draftWith(model, { customerId: 1, channel: 'whatsapp' });
		const template = await draftWith(null, { customerId: 1, channel: 'whatsapp' });
		expect(o.writtenBy).toBe('template');
		expect(o.draft).toEqual(template.draft);
		expect(o.note).toBe(
			'O texto do modelo citava dados que não estão no histórico do cliente (30/11/2026, 10, Carlos): usei o texto padrão do Giro.'
		);
		expect(o.summary).toContain(o.note);
	});

	test('a model that fails falls back to the template', async () => {
		const { model } = writing(() => {
			throw new Error('provider down');
		});
		const o = await draftWith(model, { customerId: 2, channel: 'phone' });
		expect(o.writtenBy).toBe('template');
		expect(o.note).toMatch(/não respondeu/);
		expect(o.draft.bullets!.length).toBeGreaterThan(2);
	});

	test('the offline model gets no writer: its drafts are the templates', () => {
		expect(draftWriterFor(chooseModel({}))).toBeUndefined();
		expect(draftWriterFor(chooseModel({ OPENAI_API_KEY: 'sk-test' }))).toBeTypeOf('function');
	});
});
