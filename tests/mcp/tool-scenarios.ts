/**
 * What every MCP door must do, written once and run over stdio and HTTP: list every tool of
 * the registry with its annotations and schemas, answer every read tool, keep Giro's pt-BR
 * validation messages and scope, run each write tool's preview → token → done flow (a reused
 * token and a token for another payload refused), and serve the prompts and instructions.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect, test } from 'vitest';
import { TOOLS } from '#lib/server/tools/registry.ts';
import type { McpFixture } from './fixture.ts';
import { argumentsFor, otherArgumentsFor } from './tool-arguments.ts';

export interface DoorUnderTest {
	client(): Client;
	fixture(): McpFixture;
	/** Rows in audit_log, when the test can read the database while the server runs. */
	auditCount?(): Promise<number>;
}

export async function call(client: Client, name: string, args: Record<string, unknown>) {
	const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
	const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
	return { result, text, structured: result.structuredContent as Record<string, unknown> };
}

export function toolScenarios(door: DoorUnderTest): void {
	test('lists every tool of the registry with its annotations and output schema', async () => {
		const { tools } = await door.client().listTools();
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
		for (const tool of TOOLS) {
			const listed = tools.find((t) => t.name === tool.name)!;
			expect(listed.title).toBe(tool.title);
			expect(listed.description).toBe(tool.description);
			expect(listed.annotations).toEqual(tool.annotations);
			expect(listed.outputSchema?.type).toBe('object');
			expect(Object.keys(listed.outputSchema?.properties ?? {}).sort()).toEqual(
				Object.keys(tool.outputSchema.shape).sort()
			);
			expect(Object.keys(listed.inputSchema.properties ?? {}).sort()).toEqual(
				Object.keys(tool.inputSchema.shape).sort()
			);
		}
	});

	for (const tool of TOOLS.filter((t) => !t.writes)) {
		test(`read tool ${tool.name} answers with its summary and structured content`, async () => {
			const { result, text, structured } = await call(
				door.client(),
				tool.name,
				argumentsFor(tool, door.fixture())
			);
			expect(result.isError, text).toBeFalsy();
			expect(tool.outputSchema.safeParse(structured).success).toBe(true);
			const [summary, json] = [
				text.slice(0, text.indexOf('\n')),
				text.slice(text.indexOf('\n') + 1)
			];
			expect(summary.length).toBeGreaterThan(0);
			expect(JSON.parse(json)).toEqual(structured);
		});
	}

	test('invalid arguments get runTool’s pt-BR message, not the SDK’s English one', async () => {
		const { result, text } = await call(door.client(), 'schedule_follow_up', {
			customerId: 'um',
			dueDate: 'amanhã'
		});
		expect(result.isError).toBe(true);
		expect(text).toMatch(/^Parâmetros inválidos para schedule_follow_up: /);
		expect(text).toMatch(/dueDate: use AAAA-MM-DD/);
		expect(text).toMatch(/Corrija e chame de novo/);
		expect(text).not.toMatch(/Input validation error|Invalid arguments/);
	});

	test('a rep’s token cannot reach another rep’s customer', async () => {
		const { result, text } = await call(door.client(), 'schedule_follow_up', {
			customerId: door.fixture().customers.bruno
		});
		expect(result.isError).toBe(true);
		expect(text).toMatch(/não está na sua carteira/);
	});

	for (const tool of TOOLS.filter((t) => t.writes)) {
		test(`write tool ${tool.name}: preview → token → done, once; another payload refused`, async () => {
			const client = door.client();
			const args = argumentsFor(tool, door.fixture());
			const before = await door.auditCount?.();
			const preview = await call(client, tool.name, args);
			expect(preview.result.isError, preview.text).toBeFalsy();
			expect(preview.structured).toMatchObject({ status: 'preview', result: null });
			const token = preview.structured.confirmationToken as string;
			expect(token).toEqual(expect.any(String));
			expect(await door.auditCount?.()).toBe(before);

			const other = await call(client, tool.name, {
				...otherArgumentsFor(tool, door.fixture(), args),
				confirmationToken: token
			});
			expect(other.result.isError).toBe(true);
			expect(other.text).toMatch(/não corresponde a este pedido/);

			const done = await call(client, tool.name, { ...args, confirmationToken: token });
			expect(done.result.isError, done.text).toBeFalsy();
			expect(done.structured).toMatchObject({ status: 'done', confirmationToken: null });
			if (before !== undefined) expect(await door.auditCount?.()).toBe(before + 1);

			const again = await call(client, tool.name, { ...args, confirmationToken: token });
			expect(again.result.isError).toBe(true);
			if (before !== undefined) expect(await door.auditCount?.()).toBe(before + 1);
		});
	}

	test('serves the prompts of prompts/ with their arguments filled', async () => {
		const client = door.client();
		const { prompts } = await client.listPrompts();
		expect(prompts.map((p) => p.name)).toEqual(
			expect.arrayContaining(['weekly-portfolio-review', 'prepare-follow-up'])
		);
		expect(prompts.map((p) => p.name)).not.toContain('system');
		const prepare = prompts.find((p) => p.name === 'prepare-follow-up')!;
		expect(prepare.arguments).toEqual([
			expect.objectContaining({ name: 'customer', required: true })
		]);
		const got = await client.getPrompt({
			name: 'prepare-follow-up',
			arguments: { customer: 'Mercado Bom Preço' }
		});
		const text = got.messages[0].content.type === 'text' ? got.messages[0].content.text : '';
		expect(text).toContain('**Mercado Bom Preço**');
		expect(text).toContain('`schedule_follow_up` —');
		expect(text).not.toMatch(/\{\{/);
		const weekly = await client.getPrompt({ name: 'weekly-portfolio-review', arguments: {} });
		expect(weekly.messages[0].content).toMatchObject({ type: 'text' });
	});

	test('tells agents what Giro is and how writes are confirmed', () => {
		const instructions = door.client().getInstructions() ?? '';
		expect(instructions).toMatch(/copiloto de follow-up/);
		expect(instructions).toMatch(/confirmationToken/);
	});
}
