/**
 * The follow-up flow's buttons (flow-messages.ts) against the offline model and the real tools
 * on the 600-customer demo portfolio: for every row of every rep's queue, "Preparar …" must
 * reach draft_follow_up for that very customer and channel, and "Agendar próxima tentativa"
 * must reach schedule_follow_up for that customer and channel with no date, so the cadence
 * suggests a business day. And what happens when a name is not unique: the model asks which.
 */
import { generateText, stepCountIs } from 'ai';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { nextAttemptRequest, prepareRequest } from '#lib/components/chat/flow-messages.ts';
import { chatTools } from '#lib/server/chat/chat-tools.ts';
import { OfflineModel } from '#lib/server/chat/offline-model/offline-model.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { isBusinessDay } from '#lib/server/domain/calendar/index.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { demoPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';

const AS_OF = '2026-11-23';
const model = new OfflineModel({ today: () => AS_OF });
const DRAFT_CHANNELS = ['whatsapp', 'email', 'phone'];

interface QueueRow {
	customerId: number;
	customerName: string;
	channel: string;
	followUpId?: number;
}
interface Call {
	toolName: string;
	input: Record<string, unknown>;
}

let db: GiroDatabase;
let reps: ToolContext[];

beforeAll(async () => {
	({ db } = await demoPglite({ seed: 20261123, asOf: AS_OF, customers: 600 }));
	const users = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where role = 'rep' order by id`
	);
	reps = users.map((u) => testContext(db, { ...u, role: 'rep' }, AS_OF, 'chat'));
}, 120_000);

/** One offline-model turn with the real tools (writes stop at their preview: no approval). */
async function turn(ctx: ToolContext, text: string) {
	const result = await generateText({
		model,
		instructions: `Hoje é ${AS_OF}.`,
		prompt: text,
		tools: chatTools(ctx),
		stopWhen: stepCountIs(6)
	});
	const calls: Call[] = result.steps.flatMap((s) =>
		s.toolCalls.map((c) => ({ toolName: c.toolName, input: c.input as Record<string, unknown> }))
	);
	const outputs = result.steps.flatMap((s) => s.toolResults.map((r) => r.output)) as {
		ok: boolean;
		structured?: Record<string, unknown>;
	}[];
	return { calls, outputs, text: result.text };
}

async function queueOf(ctx: ToolContext): Promise<QueueRow[]> {
	const { outputs } = await turn(ctx, 'o que eu faço agora?');
	return (outputs[0].structured as { items: QueueRow[] }).items;
}

describe('the buttons’ requests on every demo queue row', () => {
	test('"Preparar …" drafts for the row’s customer, on the row’s channel', async () => {
		let rows = 0;
		for (const rep of reps)
			for (const row of await queueOf(rep)) {
				rows++;
				const { calls } = await turn(rep, prepareRequest(row.customerName, row.channel));
				expect(
					calls.map((c) => c.toolName),
					row.customerName
				).toEqual(['find_customers', 'draft_follow_up']);
				expect(calls[1].input, row.customerName).toEqual(
					DRAFT_CHANNELS.includes(row.channel)
						? { customerId: row.customerId, channel: row.channel }
						: { customerId: row.customerId }
				);
			}
		expect(rows).toBeGreaterThan(100);
	}, 300_000);

	test('"Agendar próxima tentativa": that customer, the draft’s channel, the cadence’s date', async () => {
		const rep = reps[0];
		const rows = (await queueOf(rep)).slice(0, 8);
		const channels = new Set<string>();
		for (const [i, row] of rows.entries()) {
			// The flow: the draft first (its channel may differ from the queue's: consent, visits).
			const drafted = await turn(rep, prepareRequest(row.customerName, row.channel));
			const channel = (drafted.outputs[1].structured as { draft: { channel: string } }).draft
				.channel;
			channels.add(channel);
			const sequence = i % 2 ? (row.followUpId ?? null) : null;
			const { calls, outputs } = await turn(
				rep,
				nextAttemptRequest(row.customerName, channel, sequence)
			);
			// A WhatsApp is scheduled only after the profile shows the contact's consent.
			expect(calls.map((c) => c.toolName)).toEqual(
				channel === 'whatsapp'
					? ['find_customers', 'get_customer_profile', 'schedule_follow_up']
					: ['find_customers', 'schedule_follow_up']
			);
			const schedule = calls.at(-1)!;
			// No date; the sequence is continued when the message names the follow-up.
			expect(schedule.input).toMatchObject({
				customerId: row.customerId,
				channel,
				...(sequence !== null && { continueSequenceOf: sequence })
			});
			expect(schedule.input).not.toHaveProperty('dueDate');
			// Here nothing was registered: a customer whose follow-up with that purpose is still
			// pending gets the no-duplicates refusal with its date (issue #15) instead of a preview.
			const last = outputs.at(-1)! as { ok: boolean; message?: string; structured?: unknown };
			if (!last.ok) {
				expect(last.message).toMatch(/já tem um follow-up de .+ pendente para \d{2}\/\d{2}\/\d{4}/);
				continue;
			}
			const written = last.structured as {
				status: string;
				preview: { dueDate: string };
			};
			expect(written.status).toBe('preview');
			expect(written.preview.dueDate >= AS_OF).toBe(true);
			expect(isBusinessDay(written.preview.dueDate)).toBe(true);
		}
		expect(channels.size).toBeGreaterThan(1);
	}, 120_000);
});

test('a name two customers share: the model asks which one instead of guessing', async () => {
	const rep = reps[0];
	const [row] = await queueOf(rep);
	const [twin] = await db.rows<{ id: number }>(sql`
		insert into customers (erp_code, legal_name, trade_name, city, uf, rep_id)
		values ('TWIN-1', ${`${row.customerName} Filial Ltda`}, ${row.customerName}, 'Itu', 'SP',
			${rep.user.id})
		returning id`);
	try {
		const { calls, text } = await turn(rep, prepareRequest(row.customerName, row.channel));
		expect(calls.map((c) => c.toolName)).toEqual(['find_customers']);
		expect(text).toContain('Qual deles?');
		expect(text).toContain('Itu');
	} finally {
		await db.rows(sql`delete from customers where id = ${twin.id}`);
	}
}, 60_000);
