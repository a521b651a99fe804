/**
 * The MCP door: one `McpServer` for one acting user, serving every tool of the registry and
 * the prompts of `prompts/`. It only translates — each tool's name, title, description, zod
 * schemas and annotations go to `registerTool` as they are, and each call goes through
 * `runTool`, the same path the chat and the evals take. Reads are answered with the summary
 * plus the JSON as text (for clients that ignore structured content) and the structured
 * result; failures are tool errors (`isError`) with Giro's pt-BR message, never a stack trace.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { Embedder } from '#lib/server/domain/interaction-search/embedder.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import {
	DEFAULT_ENGINE_CONFIG,
	type EngineConfig
} from '#lib/server/domain/portfolio/engine-config.ts';
import { fillPrompt, loadPrompts, type PromptFile } from '#lib/server/prompts/load-prompts.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import type { ActingUser, ToolContext } from '#lib/server/tools/tool-context.ts';
import { guardToolCalls, letRunToolValidate } from './input-validation.ts';

type AnyTool = ToolDefinition<AnyObjectSchema, AnyObjectSchema>;

export interface GiroServerOptions {
	db: GiroDatabase;
	/** Signs confirmation tokens: the same secret as the app (see secret.ts). */
	secret: string;
	/**
	 * Who acts, asked on every tool call: HTTP passes the user its request authenticated;
	 * stdio re-checks its token, so revoking it stops a long-running session too.
	 */
	actingUser: () => Promise<ActingUser | null>;
	/** Business date of the figures; the clock is read here, at the edge. */
	today?: () => string;
	config?: EngineConfig;
	/** The instant of each call (confirmation tokens, writes); default: the system clock. */
	now?: () => Date;
	/** The interaction search's embedder, as configured (embeddings/choose-embedder.ts). */
	embedder?: Embedder;
	tools?: readonly AnyTool[];
}

/** prompts/system.md is the chat's own system prompt (rules of that door), not an agent workflow. */
const CHAT_ONLY_PROMPTS = new Set(['system']);

const REVOKED =
	'O token do Giro deste servidor foi revogado ou o usuário foi desativado. Crie outro com ' +
	'`npm run mcp:token -- create --user <e-mail> --name <nome>` e reinicie o cliente MCP.';

export function createGiroServer(options: GiroServerOptions): McpServer {
	const assets = serverAssets();
	const tools = options.tools ?? TOOLS;
	const today = options.today ?? (() => todayInSaoPaulo(new Date()));
	const server = new McpServer(
		{ name: 'giro', title: 'Giro', version: assets.version },
		{ instructions: assets.instructions, jsonSchemaValidator: assets.validator }
	);
	letRunToolValidate(server); // runTool is the only validator (pt-BR messages): see input-validation.ts

	for (const tool of tools) {
		const handler = async (args: unknown): Promise<CallToolResult> => {
			const user = await options.actingUser();
			if (!user) return { isError: true, content: [{ type: 'text', text: REVOKED }] };
			const ctx: ToolContext = {
				db: options.db,
				user,
				asOf: today(),
				now: options.now ?? (() => new Date()),
				config: options.config ?? DEFAULT_ENGINE_CONFIG,
				embedder: options.embedder,
				door: 'mcp',
				secret: options.secret
			};
			const outcome = await runTool(tool, args, ctx);
			if (!outcome.ok) return { isError: true, content: [{ type: 'text', text: outcome.message }] };
			return {
				content: [
					{ type: 'text', text: `${outcome.summary}\n${JSON.stringify(outcome.structured)}` }
				],
				structuredContent: outcome.structured
			};
		};
		server.registerTool(
			tool.name,
			{
				title: tool.title,
				description: tool.description,
				inputSchema: tool.inputSchema,
				outputSchema: tool.outputSchema,
				annotations: tool.annotations
			},
			handler
		);
	}

	guardToolCalls(
		server,
		tools.map((t) => t.name)
	); // malformed arguments → −32602 in pt-BR; unknown tools in pt-BR

	const toolList = tools.map((t) => `- \`${t.name}\` — ${t.title}`).join('\n');
	for (const prompt of assets.prompts.filter((p) => !CHAT_ONLY_PROMPTS.has(p.name)))
		registerPrompt(server, prompt, () => ({
			today: formatDate(today()),
			tools: toolList
		}));
	return server;
}

function registerPrompt(
	server: McpServer,
	prompt: PromptFile,
	context: () => Record<string, string>
): void {
	const result = (args: Record<string, string | undefined>): GetPromptResult => ({
		description: prompt.description,
		messages: [
			{
				role: 'user',
				content: { type: 'text', text: fillPrompt(prompt, { ...context(), ...args }) }
			}
		]
	});
	const config = { title: prompt.title, description: prompt.description };
	if (prompt.arguments.length === 0) {
		server.registerPrompt(prompt.name, config, () => result({}));
		return;
	}
	const argsSchema: Record<string, z.ZodString | z.ZodOptional<z.ZodString>> = {};
	for (const arg of prompt.arguments) {
		const field = z.string().describe(arg.description);
		argsSchema[arg.name] = arg.required ? field : field.optional();
	}
	server.registerPrompt(prompt.name, { ...config, argsSchema }, (args) =>
		result(args as Record<string, string | undefined>)
	);
}

interface ServerAssets {
	version: string;
	instructions: string;
	prompts: PromptFile[];
	/**
	 * The SDK builds a new Ajv (for elicitation, which Giro never uses) in every server it
	 * creates — the largest cost of a stateless HTTP request before this was shared.
	 */
	validator: AjvJsonSchemaValidator;
}

let cached: ServerAssets | undefined;

/** Read once per process: the HTTP door builds a server per request. */
function serverAssets(): ServerAssets {
	if (cached) return cached;
	const read = (relative: string) =>
		fs.readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
	cached = {
		version: (JSON.parse(read('../package.json')) as { version: string }).version,
		instructions: read('./instructions.md').trim(),
		prompts: loadPrompts(fileURLToPath(new URL('../prompts/', import.meta.url))),
		validator: new AjvJsonSchemaValidator()
	};
	return cached;
}
