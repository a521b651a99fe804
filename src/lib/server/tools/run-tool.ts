/**
 * The one way a tool is called, whatever the door: validate the input (pt-BR messages that
 * say how to fix the call), run, check the output against the output schema, and turn every
 * failure into a tool error — a ToolError's own message, or a generic one for a bug (logged,
 * never shown as a stack trace).
 */
import { refuseUsedToken } from './confirmation.ts';
import { z } from 'zod';
import { logEvent } from '../log-event.ts';
import { checkArguments } from './fields.ts';
import type { AnyObjectSchema, ToolDefinition } from './define-tool.ts';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-error.ts';

z.config(z.locales.ptBR());

export type ToolOutcome<S = Record<string, unknown>> =
	| { ok: true; structured: S; summary: string }
	| { ok: false; code: ToolError['code'] | 'internal'; message: string };

export function describeIssues(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
		.join('; ');
}

export async function runTool<I extends AnyObjectSchema, O extends AnyObjectSchema>(
	tool: ToolDefinition<I, O, string>,
	rawInput: unknown,
	ctx: ToolContext
): Promise<ToolOutcome<z.output<O>>> {
	const accepted = Object.keys((tool.inputSchema as unknown as z.ZodObject).shape ?? {});
	const bounds = checkArguments(rawInput ?? {}, accepted);
	if (bounds.length)
		return {
			ok: false,
			code: 'invalid_input',
			message: `Parâmetros inválidos para ${tool.name}: ${bounds.join('; ')}. Corrija e chame de novo.`
		};
	const parsed = tool.inputSchema.safeParse(rawInput ?? {});
	if (!parsed.success) {
		return {
			ok: false,
			code: 'invalid_input',
			message: `Parâmetros inválidos para ${tool.name}: ${describeIssues(parsed.error)}. Corrija e chame de novo.`
		};
	}
	// A read tool computes at the `asOf` asked for (never a future date); writes always today.
	const asOf = (parsed.data as { asOf?: unknown }).asOf;
	if (typeof asOf === 'string' && !tool.writes) {
		if (asOf > ctx.asOf || Number.isNaN(Date.parse(`${asOf}T12:00:00Z`)))
			return {
				ok: false,
				code: 'invalid_input',
				message: `Parâmetros inválidos para ${tool.name}: asOf: ${asOf} não é uma data válida até hoje (${ctx.asOf}). Corrija e chame de novo.`
			};
		ctx = { ...ctx, asOf };
	}
	// A replayed confirmation says it was already used, not that the action it performed now
	// conflicts with itself (the follow-up it created is a "duplicate"): checked before the tool
	// resolves its action again, and again after a refusal, for a replay racing the first use.
	const token = tool.writes
		? (parsed.data as { confirmationToken?: unknown }).confirmationToken
		: undefined;
	try {
		await refuseUsedToken(ctx, tool.name, token);
		const result = await tool.run(parsed.data, ctx);
		const output = tool.outputSchema.safeParse(result.structured);
		if (!output.success) {
			logEvent({
				event: 'tool_invalid_output',
				tool: tool.name,
				door: ctx.door,
				userId: ctx.user.id,
				input: parsed.data,
				detail: output.error.issues.map((i) => `${i.path.join('.')}:${i.code}`).join(';')
			});
			return { ok: false, code: 'internal', message: internalMessage(tool.name) };
		}
		return {
			ok: true,
			structured: output.data,
			summary: result.summary
		};
	} catch (error) {
		if (error instanceof ToolError && error.code !== 'confirmation' && token !== undefined)
			try {
				await refuseUsedToken(ctx, tool.name, token);
			} catch (used) {
				if (used instanceof ToolError) return { ok: false, code: used.code, message: used.message };
			}
		if (error instanceof ToolError) return { ok: false, code: error.code, message: error.message };
		if (error instanceof RangeError)
			return { ok: false, code: 'invalid_input', message: error.message };
		// Class and code only: a database error's message carries the statement's parameters.
		logEvent({
			event: 'tool_failed',
			tool: tool.name,
			door: ctx.door,
			userId: ctx.user.id,
			input: parsed.data,
			error
		});
		return { ok: false, code: 'internal', message: internalMessage(tool.name) };
	}
}

function internalMessage(name: string): string {
	return `A ferramenta ${name} falhou por um erro interno do Giro. Tente de novo; se persistir, avise o administrador.`;
}
