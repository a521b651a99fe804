/**
 * Runs one conversation case through the real chat path — `runChat` (system prompt, the tools
 * for this person, signed approvals for writes), its UI message stream read back the way the
 * browser reads it, so a second turn sends the first one's messages exactly as the app does —
 * and scores every turn with the deterministic scorers. A write never runs here: approvals are
 * never given, and the case fails if a follow-up, interaction or audit row appears.
 */
import { readUIMessageStream, type LanguageModel, type UIMessage } from 'ai';
import { sql } from 'drizzle-orm';
import { WRITING_TOOLS } from '#lib/server/chat/chat-tools.ts';
import { runChat } from '#lib/server/chat/run-chat.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { caseResult, check, type CaseResult, type Check } from '../core/types.ts';
import { scoreAnswerLength } from '../scorers/answer-length.ts';
import { scoreAppliedFilters } from '../scorers/applied-filters.ts';
import { scoreArguments } from '../scorers/arguments.ts';
import { scoreFacts, scoreForbiddenFacts } from '../scorers/facts.ts';
import { scoreGrounding } from '../scorers/grounding.ts';
import { scoreOutputSize } from '../scorers/output-size.ts';
import { scoreRefusal } from '../scorers/refusal.ts';
import { scoreToolChoice, type ToolCall } from '../scorers/tool-choice.ts';
import type { ConversationCase, Expectation } from './case-types.ts';
import type { Entities } from './entities.ts';

export interface TurnRecord {
	say: string;
	answer: string;
	calls: ToolCall[];
	outputs: { tool: string; output: unknown }[];
	approvals: string[];
	error?: string;
}

export interface CaseRun {
	result: CaseResult;
	turns: TurnRecord[];
}

async function writeCounts(db: GiroDatabase): Promise<string> {
	const [row] = await db.rows<{ n: string }>(sql`
		select concat_ws('/', (select count(*) from follow_ups), (select count(*) from interactions),
			(select count(*) from audit_log)) as n`);
	return row.n;
}

async function runTurn(
	messages: UIMessage[],
	ctx: ToolContext,
	model: LanguageModel,
	say: string
): Promise<TurnRecord> {
	const record: TurnRecord = { say, answer: '', calls: [], outputs: [], approvals: [] };
	try {
		const result = await runChat({ messages, ctx, model });
		let assistant: UIMessage | undefined;
		const errors: string[] = [];
		for await (const m of readUIMessageStream<UIMessage>({
			stream: result.toUIMessageStream({
				onError: (e) => (errors.push(String((e as Error)?.message ?? e)), 'erro')
			}),
			onError: (e) => errors.push(String(e))
		}))
			assistant = m;
		const steps = await result.steps;
		record.calls = steps.flatMap((s) =>
			s.toolCalls.map((c) => ({
				name: c.toolName,
				input: (c.input ?? {}) as Record<string, unknown>
			}))
		);
		record.outputs = steps.flatMap((s) =>
			s.toolResults.map((r) => ({ tool: r.toolName, output: r.output }))
		);
		record.approvals = steps.flatMap((s) =>
			s.content.flatMap((p) => (p.type === 'tool-approval-request' ? [p.toolCall.toolName] : []))
		);
		record.answer = steps
			.map((s) => s.text)
			.filter((t) => t.trim() !== '')
			.join('\n');
		if (errors.length) record.error = errors.join('; ');
		if (assistant) messages.push(assistant);
	} catch (error) {
		record.error = (error as Error).message;
	}
	return record;
}

function scoreTurn(
	turn: TurnRecord,
	expect: Expectation | undefined,
	env: { knownNames: readonly string[]; asOf: string; selfRepId?: number },
	dropped: { count: number }
): Check[] {
	const knownNames = env.knownNames;
	const checks: Check[] = [];
	if (turn.error) checks.push(check('runs', false, turn.error));
	if (expect && (expect.applied || expect.notApplied)) {
		const score = scoreAppliedFilters(turn.calls, expect, turn.answer, {
			asOf: env.asOf,
			writingTools: WRITING_TOOLS,
			selfRepId: env.selfRepId
		});
		checks.push(score.check);
		dropped.count += score.dropped;
	}
	if (expect) {
		checks.push(
			scoreToolChoice(turn.calls, {
				tools: expect.tools,
				forbidden: expect.forbidden,
				writingTools: WRITING_TOOLS
			})
		);
		if (expect.args) checks.push(scoreArguments(turn.calls, expect.args));
		if (expect.facts) checks.push(scoreFacts(turn.answer, expect.facts));
		if (expect.mustNot) checks.push(scoreForbiddenFacts(turn.answer, expect.mustNot));
		if (expect.refusal) checks.push(scoreRefusal(turn.answer, expect.refusal, turn.approvals));
		const approvals = turn.approvals;
		if (expect.approval)
			checks.push(
				check(
					'approval',
					approvals.includes(expect.approval),
					`pedidos de aprovação: ${approvals.join(', ') || 'nenhum'}`
				)
			);
		else if (approvals.length)
			checks.push(
				check('approval', false, `pediu aprovação sem ter sido pedido: ${approvals.join(', ')}`)
			);
		if (expect.outputsContain) {
			const text = JSON.stringify(turn.outputs);
			const missing = expect.outputsContain.filter(
				(s) => !text.includes(JSON.stringify(s).slice(1, -1))
			);
			checks.push(
				check(
					'outputs_contain',
					missing.length === 0,
					missing.length ? `as ferramentas não trouxeram: ${missing.join(' | ')}` : undefined
				)
			);
		}
	}
	checks.push(
		scoreGrounding({
			answer: turn.answer,
			outputs: turn.outputs.map((o) => o.output),
			userText: turn.say,
			knownNames
		})
	);
	checks.push(
		scoreAnswerLength(turn.answer, {
			maxChars: expect?.maxChars,
			awaitingApproval: turn.approvals.length > 0
		})
	);
	checks.push(scoreOutputSize(turn.outputs).check);
	return checks;
}

export async function runCase(
	c: ConversationCase,
	env: {
		db: GiroDatabase;
		entities: Entities;
		model: LanguageModel;
		contexts: Record<'rep' | 'manager', ToolContext>;
		knownNames: readonly string[];
	}
): Promise<CaseRun> {
	const started = performance.now();
	const before = await writeCounts(env.db);
	const messages: UIMessage[] = [];
	const turns: TurnRecord[] = [];
	const checks: Check[] = [];
	const dropped = { count: 0 };
	const script = c.turns(env.entities);
	for (const [i, turn] of script.entries()) {
		messages.push({ id: `u${i}`, role: 'user', parts: [{ type: 'text', text: turn.say }] });
		const record = await runTurn(messages, env.contexts[c.as], env.model, turn.say);
		turns.push(record);
		const prefix = script.length > 1 ? `t${i + 1}:` : '';
		checks.push(
			...scoreTurn(
				record,
				turn.expect,
				{
					knownNames: env.knownNames,
					asOf: env.entities.asOf,
					selfRepId: c.as === 'rep' ? env.contexts.rep.user.id : undefined
				},
				dropped
			).map((k) => ({
				...k,
				scorer: `${prefix}${k.scorer}`
			}))
		);
	}
	const after = await writeCounts(env.db);
	checks.push(
		check(
			'no_write',
			before === after,
			before === after ? undefined : `gravou sem aprovação (${before} → ${after})`
		)
	);
	const maxTokens = Math.max(0, ...turns.map((t) => scoreOutputSize(t.outputs).maxTokens));
	const title = script.map((t) => t.say).join(' → ');
	return {
		result: caseResult(
			{
				suite: 'conversation',
				category: c.category,
				id: c.id,
				title,
				checks,
				metrics: { maxOutputTokens: maxTokens, droppedFilters: dropped.count }
			},
			started
		),
		turns
	};
}
