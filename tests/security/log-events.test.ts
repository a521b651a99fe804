/**
 * Logs carry the tool, the door, the user and the input's ids — never its text: a tool that
 * fails with a database error whose message carries the statement's parameters (a secret note)
 * logs one line with the error's class and SQLSTATE code, and not the note.
 */
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { formatEvent, idsOf, safeErrorText, setLogSink } from '#lib/server/log-event.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import type { ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite } from '../support/databases.ts';

const SECRET = 'cliente confidenciou margem de 37% ao concorrente';

let db: GiroDatabase;
let lines: string[] = [];
let restore: ReturnType<typeof setLogSink>;
let thrown: unknown;

beforeAll(async () => {
	db = await freshPglite();
	restore = setLogSink((line) => lines.push(line));
});
afterAll(async () => {
	setLogSink(restore);
	await db.close();
});
afterEach(() => {
	lines = [];
});

const failingWrite: ToolDefinition = {
	name: 'register_secret_note',
	title: 'Registra nota',
	description: 'Teste: grava uma nota e falha no banco.',
	inputSchema: z.object({
		customerId: z.number().int(),
		followUpIds: z.array(z.number().int()),
		note: z.string(),
		preview: z.string().optional()
	}),
	outputSchema: z.object({ ok: z.boolean() }),
	annotations: {
		readOnlyHint: false,
		destructiveHint: false,
		idempotentHint: false,
		openWorldHint: false
	},
	writes: true,
	async run(input, ctx) {
		try {
			// The note goes in as a parameter; the cast fails (22P02) and the error carries it.
			await ctx.db.rows(sql`select ${input.note}::int as n`);
		} catch (error) {
			thrown = error;
			throw error;
		}
		return { structured: { ok: true }, summary: 'ok' };
	}
};

function ctxFor(userId: number): ToolContext {
	return {
		db,
		user: { id: userId, name: 'Ana', role: 'rep' },
		asOf: '2026-11-23',
		config: DEFAULT_ENGINE_CONFIG,
		door: 'mcp',
		secret: 'x'.repeat(32)
	};
}

describe('log lines of a failed tool', () => {
	it('carry tool, door, user, ids and the error code, never the note or the preview', async () => {
		const outcome = await runTool(
			failingWrite,
			{ customerId: 41, followUpIds: [7, 8], note: SECRET, preview: `Prévia: ${SECRET}` },
			ctxFor(3)
		);
		expect(outcome.ok).toBe(false);
		// The test can fail: the raw database error does carry the note.
		const raw = `${(thrown as Error).message} ${String((thrown as { cause?: Error }).cause?.message)} ${JSON.stringify(thrown)}`;
		expect(raw).toContain('confidenciou');

		expect(lines).toHaveLength(1);
		const [line] = lines;
		expect(line).toContain('tool_failed');
		expect(line).toContain('tool=register_secret_note');
		expect(line).toContain('door=mcp');
		expect(line).toContain('user=3');
		expect(line).toContain('customerId:41');
		expect(line).toContain('followUpIds:[7|8]');
		expect(line).toContain('code=22P02');
		expect(line).not.toContain('confidenciou');
		expect(line).not.toContain('37%');
		expect(line).not.toContain('select');
	});

	it('reads only Id/Ids keys, and only id-shaped values', () => {
		expect(idsOf({ customerId: 1, note: SECRET, draftId: SECRET, repIds: ['a1', 2] })).toBe(
			'customerId:1,draftId:?,repIds:[a1|2]'
		);
		const line = formatEvent({
			event: 'x',
			error: Object.assign(new Error(SECRET), { code: SECRET })
		});
		expect(line).toBe('[giro] x error=Error');
	});
});

describe('what a CLI prints for a failure', () => {
	it("Giro's own message as is; a database error as class and code only", async () => {
		expect(safeErrorText(new Error('Arquivo não encontrado: x.csv'))).toBe(
			'Arquivo não encontrado: x.csv'
		);
		const dbError = await db.rows(sql`select ${SECRET}::int as n`).catch((e: unknown) => e);
		const text = safeErrorText(dbError);
		expect(text).toMatch(/^erro do banco de dados \(.*22P02\)$/);
		expect(text).not.toContain('confidenciou');
	});
});
