/**
 * Why the SDK's own input validation is switched off, and what replaces it.
 *
 * `McpServer` (SDK 1.32) parses a call's arguments with the tool's zod schema *before* the
 * handler runs and, on failure, answers `Input validation error: Invalid arguments for tool
 * …` followed by a JSON dump of zod issues — in English, and without saying how to fix the
 * call. Giro's contract is that every door answers the same pt-BR message ("Parâmetros
 * inválidos para schedule_follow_up: dueDate: use AAAA-MM-DD. Corrija e chame de novo."),
 * which `runTool` produces. So `runTool` must be the only validator: we replace the SDK's
 * (private) `validateToolInput` on *this instance* with one that only bounds the size of the
 * arguments and hands them over untouched. The tool list still advertises the real JSON
 * Schema (the SDK derives it from the same zod schema), and output validation stays on.
 *
 * The alternatives were worse: replacing the whole `tools/call` handler through
 * `server.server.setRequestHandler` re-implements the SDK's dispatch; loosening the schemas
 * would advertise wrong JSON Schemas. The cost is a dependency on a private method name, so
 * this fails at start-up if the method disappears (an SDK upgrade), and tests assert the
 * pt-BR message end to end.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';

/**
 * Tool arguments above this size (as JSON) are refused before anything parses them; the SDK
 * answers a thrown error as a tool error carrying its message.
 */
export const MAX_ARGUMENTS_CHARS = 100_000;

type ValidateToolInput = (tool: unknown, args: unknown, toolName: string) => Promise<unknown>;

export function letRunToolValidate(server: McpServer): void {
	const internals = server as unknown as { validateToolInput?: ValidateToolInput };
	if (typeof internals.validateToolInput !== 'function')
		throw new Error(
			'O SDK do MCP mudou: McpServer.validateToolInput não existe mais. Revise mcp-server/input-validation.ts.'
		);
	internals.validateToolInput = async (_tool, args, toolName) => {
		const size = JSON.stringify(args ?? {}).length;
		if (size > MAX_ARGUMENTS_CHARS)
			throw new Error(
				`Argumentos grandes demais para ${toolName} (${size} caracteres; o máximo é ${MAX_ARGUMENTS_CHARS}). Envie só os campos necessários.`
			);
		return args ?? {};
	};
}

/** Deeper than this, `arguments` is refused before any parser walks it (no stack overflow). */
export const MAX_ARGUMENTS_DEPTH = 16;

function deeperThan(value: unknown, limit: number): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length) {
		const [v, depth] = stack.pop()!;
		if (depth > limit) return true;
		if (v && typeof v === 'object')
			for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
	}
	return false;
}

type RawHandler = (
	request: { params?: Record<string, unknown> },
	extra: unknown
) => Promise<unknown>;

/**
 * Guards `tools/call` before the SDK parses it (issue #13, finding 5): `arguments` that is not
 * a JSON object (null, an array, a string) or nests absurdly deep is answered with JSON-RPC
 * −32602 and a pt-BR message (the SDK answered −32603 with an English zod dump, or overflowed
 * its stack); an unknown tool name gets a pt-BR tool error listing the tools. Call after the
 * tools are registered (the SDK installs its handler on the first registerTool).
 */
export function guardToolCalls(server: McpServer, toolNames: readonly string[]): void {
	const protocol = server.server as unknown as { _requestHandlers?: Map<string, RawHandler> };
	const original = protocol._requestHandlers?.get('tools/call');
	if (!protocol._requestHandlers || !original)
		throw new Error(
			'O SDK do MCP mudou: o handler de tools/call não foi encontrado. Revise mcp-server/input-validation.ts.'
		);
	protocol._requestHandlers.set('tools/call', async (request, extra) => {
		const params = request?.params ?? {};
		const name = params.name;
		const args = params.arguments;
		if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args)))
			throw new McpError(
				ErrorCode.InvalidParams,
				`Os argumentos de ${String(name)} devem ser um objeto JSON ({"campo": valor}), não ${args === null ? 'null' : Array.isArray(args) ? 'uma lista' : `um valor do tipo ${typeof args}`}.`
			);
		if (deeperThan(args, MAX_ARGUMENTS_DEPTH))
			throw new McpError(
				ErrorCode.InvalidParams,
				`Os argumentos de ${String(name)} estão aninhados demais (mais de ${MAX_ARGUMENTS_DEPTH} níveis). Envie só os campos da ferramenta.`
			);
		if (typeof name === 'string' && !toolNames.includes(name))
			return {
				isError: true,
				content: [
					{
						type: 'text',
						text: `A ferramenta ${name} não existe no Giro. Use uma destas: ${toolNames.join(', ')}.`
					}
				]
			};
		return original(request, extra);
	});
}
