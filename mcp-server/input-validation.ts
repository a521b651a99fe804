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
