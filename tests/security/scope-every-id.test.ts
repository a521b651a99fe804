/**
 * Scope for every id a tool takes (issue #13, finding 4), generated from the registry: for
 * every tool and every id-like input field, a rep passing another rep's real id gets exactly
 * the answer of a missing id (same code, same message but for the number) and nothing is
 * written; a writing tool refuses both at the preview, never with an internal error.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { followUps, interactions, opportunities } from '#lib/server/db/schema.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { writeMcpFixture, type McpFixture } from '../mcp/fixture.ts';
import { argumentsFor } from '../mcp/tool-arguments.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';

const MISSING = 2_000_000_000;
const ID_FIELD = /(Id|Of)$/;

let db: GiroDatabase;
let fixture: McpFixture;
/** One id per kind that belongs to Bruno (the other rep). */
let brunos: Record<string, number>;

beforeAll(async () => {
	db = await freshPglite();
	fixture = await writeMcpFixture(db);
	const customer = fixture.customers.bruno;
	const [contact] = await db.rows<{ id: number }>(
		sql`select id from contacts where customer_id = ${customer} limit 1`
	);
	const [opportunity] = await db.orm
		.insert(opportunities)
		.values({
			customerId: customer,
			repId: 2,
			title: 'Negócio do Bruno',
			valueCents: 10_000_00,
			expectedClose: fixture.today,
			stage: 'proposal',
			stageChangedAt: new Date(),
			lastActivityAt: new Date()
		})
		.returning({ id: opportunities.id });
	const [followUp] = await db.orm
		.insert(followUps)
		.values({
			customerId: customer,
			repId: 2,
			dueDate: fixture.today,
			channel: 'phone',
			purpose: 'reactivation'
		})
		.returning({ id: followUps.id });
	const [interaction] = await db.orm
		.insert(interactions)
		.values({
			customerId: customer,
			repId: 2,
			channel: 'phone',
			occurredAt: new Date(),
			summary: 'Conversa do Bruno'
		})
		.returning({ id: interactions.id });
	brunos = {
		customerId: customer,
		contactId: contact.id,
		opportunityId: opportunity.id,
		followUpId: followUp.id,
		continueSequenceOf: followUp.id,
		sequenceId: followUp.id,
		interactionId: interaction.id,
		repId: fixture.users.bruno
	};
});
afterAll(() => db?.close());

async function writes(): Promise<number> {
	const [row] = await db.rows<{ n: number }>(sql`
		select ((select count(*) from follow_ups) + (select count(*) from interactions)
			+ (select count(*) from audit_log) + (select count(*) from tool_confirmations))::int as n`);
	return row.n;
}

/**
 * What the caller learns: a refusal's code and message with the asked id blanked; a success's
 * whole structured answer (tokens blanked) — an id that is out of scope must change nothing.
 */
function shape(outcome: ToolOutcome, id: number): unknown {
	if (!outcome.ok) {
		const message = outcome.message.replace(new RegExp(`(?<![\\d.])${id}(?![\\d])`, 'g'), '<id>');
		return { ok: false, code: outcome.code, message };
	}
	return JSON.parse(
		JSON.stringify(outcome)
			.replace(/"confirmationToken":"[^"]*"/g, '"confirmationToken":"<token>"')
			.replace(/"expiresAt":"[^"]*"/g, '"expiresAt":"<t>"')
	);
}

const cases = TOOLS.flatMap((tool) =>
	Object.keys((tool.inputSchema as unknown as z.ZodObject).shape)
		.filter((field) => ID_FIELD.test(field) && field !== 'asOf') // asOf is a date, not an id
		.map((field) => ({ tool, field }))
);

describe("another rep's id answers like a missing one", () => {
	test('the registry has id-like inputs to attack', () => {
		expect(cases.map((c) => `${c.tool.name}.${c.field}`)).toEqual(
			expect.arrayContaining([
				'schedule_follow_up.opportunityId',
				'schedule_follow_up.contactId',
				'schedule_follow_up.continueSequenceOf',
				'complete_follow_up.followUpId',
				'log_interaction.opportunityId',
				'get_customer_profile.customerId'
			])
		);
	});

	test.each(cases.map((c) => [`${c.tool.name}.${c.field}`, c] as const))(
		'%s',
		async (_name, { tool, field }) => {
			const other = brunos[field];
			if (other === undefined)
				throw new Error(`Sem id de outro vendedor para ${field}: acrescente em brunos`);
			const ana = testContext(db, { id: fixture.users.ana, role: 'rep' }, fixture.today, 'mcp');
			const base = argumentsFor(tool, fixture);
			const before = await writes();
			const ofOther = await runTool(tool, { ...base, [field]: other }, ana);
			const ofMissing = await runTool(tool, { ...base, [field]: MISSING }, ana);
			expect(shape(ofOther, other)).toEqual(shape(ofMissing, MISSING));
			expect(ofMissing).not.toMatchObject({ code: 'internal' });
			if (tool.writes) {
				expect(ofMissing.ok, `${tool.name}.${field}: a missing id must be refused`).toBe(false);
				expect(ofOther.ok).toBe(false);
			}
			expect(await writes()).toBe(before);
		}
	);
});
