/**
 * Giro's offline model: a LanguageModelV4 that needs no network and no download. It reads the
 * last user message (pt-BR, typos and missing accents welcome), picks a tool with the intent
 * table, completes it from the conversation's earlier turns (turn-plan.ts), finds the customer
 * first when one is named (only a good match counts: weak look-alikes are "não encontrei"),
 * checks WhatsApp consent before asking to schedule a WhatsApp, and — once the tool results
 * are in the prompt — answers with text and numbers copied from them. It never computes a
 * figure.
 */
import type {
	LanguageModelV4,
	LanguageModelV4CallOptions,
	LanguageModelV4Content,
	LanguageModelV4GenerateResult,
	LanguageModelV4Prompt,
	LanguageModelV4StreamPart
} from '@ai-sdk/provider';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { answerFrom, customerNotFound, fallbackAnswer, whichCustomer } from './answer.ts';
import { coverageLine } from './coverage.ts';
import { outputOf, readPrompt, readTeam, type ToolRun } from './read-prompt.ts';
import { planTurn, type Accepts } from './turn-plan.ts';

export interface OfflineModelOptions {
	/** Business date (AAAA-MM-DD) for "hoje", "quinta"…; default: the call's `providerOptions.giro.today` (runChat), else today in São Paulo. */
	today?: () => string;
}

type Step = { toolName: string; input: Record<string, unknown> } | { text: string };

/** A find_customers result good enough to go on, or what to say instead. */
function chooseCandidate(
	run: ToolRun,
	query: string,
	rep: boolean
): { customerId: number } | { text: string } {
	if (!run.output.ok) return { text: answerFrom(run.toolName, run.output) };
	const s = outputOf(run, 'find_customers');
	const candidates = s?.candidates ?? [];
	const [best, second] = candidates;
	// Only distant look-alikes (another rep's customer, a name not in the portfolio): not found.
	const weak = !best || (best.match !== 'exact' && best.match !== 'contains' && best.score < 0.6);
	if (weak)
		return {
			text: customerNotFound(
				query,
				rep,
				candidates.filter((c) => c.score >= 0.3).map((c) => c.name)
			)
		};
	const clear =
		candidates.length === 1 || (best.score >= 0.9 && (!second || second.score < best.score - 0.15));
	if (!clear) return { text: whichCustomer(query, candidates) };
	return { customerId: best.customerId };
}

/** The WhatsApp consent of the profile's main contact (LGPD), or null when it has one. */
function noWhatsAppConsent(run: ToolRun): string | null {
	if (!run.output.ok) return null;
	const s = outputOf(run, 'get_customer_profile');
	if (!s) return null;
	const contact = s.contacts?.[0];
	if (contact?.whatsappConsent) return null;
	const other = [contact?.phone && 'telefone', contact?.email && 'e-mail'].filter(Boolean);
	const who = contact
		? `${contact.name} (${s.customer?.name}) não autorizou contato por WhatsApp (LGPD)`
		: `${s.customer?.name} não tem contato com consentimento para WhatsApp (LGPD)`;
	return `${who}, então não agendei. Posso agendar por ${other.join(' ou ') || 'outro canal'}: diga, por exemplo, "agenda uma ligação pra amanhã com ${s.customer?.name}".`;
}

/** What the model does next, given the prompt: call a tool or answer. */
export function decide(prompt: LanguageModelV4Prompt, today: string, accepts?: Accepts): Step {
	const state = readPrompt(prompt);
	const plan = planTurn(state, today, accepts);
	if ('text' in plan) return { text: plan.text || fallbackAnswer(state.userText) };
	const { intent, customerQuery } = plan;
	const tool = intent.tool!;
	let args = plan.args;
	// A draft's channel and purpose carry over to scheduling its sending.
	if (plan.from?.toolName === 'draft_follow_up' && tool === 'schedule_follow_up') {
		const s = outputOf(plan.from, 'draft_follow_up');
		const channel = s?.draft?.channel;
		const purpose = s?.context?.purpose;
		args = { channel, purpose, ...args };
	}
	const rep = / \(vendedor\(a\)\)/.test(state.system);
	const runs = state.results;
	const last = runs.at(-1);

	let customerId = plan.customerId;
	if (customerId === undefined && intent.customer !== 'none') {
		const found = runs.find((r) => r.toolName === 'find_customers');
		if (!found) {
			if (customerQuery) return { toolName: 'find_customers', input: { query: customerQuery } };
			if (intent.customer === 'required')
				return { text: 'De qual cliente? Diga o nome, o CNPJ ou o código.' };
		} else if (tool !== 'find_customers') {
			const chosen = chooseCandidate(found, customerQuery ?? '', rep);
			if ('text' in chosen) return chosen;
			customerId = chosen.customerId;
		}
	}
	const input = customerId === undefined ? args : { ...args, customerId };
	if (!runs.some((r) => r.toolName === tool)) {
		// WhatsApp needs the contact's consent before asking to schedule one (LGPD).
		if (tool === 'schedule_follow_up' && args.channel === 'whatsapp' && customerId !== undefined) {
			const profile = runs.find((r) => r.toolName === 'get_customer_profile');
			if (!profile) return { toolName: 'get_customer_profile', input: { customerId } };
			const refusal = noWhatsAppConsent(profile);
			if (refusal) return { text: refusal };
		}
		return { toolName: tool, input };
	}
	const coverage = coverageLine(last!, {
		team: readTeam(state.system),
		rep,
		notes: plan.notes ?? []
	});
	const answer = answerFrom(last!.toolName, last!.output, intent.focus);
	return { text: coverage ? `${answer}\n${coverage}` : answer };
}

/** Which arguments each offered tool takes, from its JSON schema; no tools offered: any. */
function acceptsFrom(tools: LanguageModelV4CallOptions['tools']): Accepts | undefined {
	if (!tools?.length) return undefined;
	const props = new Map(
		tools.map((t) => [
			t.name,
			new Set(
				Object.keys(
					((t as { inputSchema?: { properties?: object } }).inputSchema?.properties ?? {}) as object
				)
			)
		])
	);
	return (tool, arg) => props.get(tool)?.has(arg) ?? false;
}

let counter = 0;

export class OfflineModel implements LanguageModelV4 {
	readonly specificationVersion = 'v4' as const;
	readonly provider = 'giro';
	readonly modelId = 'giro-offline';
	readonly supportedUrls = {};
	private readonly options: OfflineModelOptions;

	constructor(options: OfflineModelOptions = {}) {
		this.options = options;
	}

	/** "Hoje": the constructor's, else the call's (runChat passes the tool context's asOf). */
	private today(options: LanguageModelV4CallOptions): string {
		if (this.options.today) return this.options.today();
		const given = options.providerOptions?.giro?.today;
		return typeof given === 'string' ? given : todayInSaoPaulo(new Date());
	}

	private content(options: LanguageModelV4CallOptions): LanguageModelV4Content[] {
		const step = decide(options.prompt, this.today(options), acceptsFrom(options.tools));
		if ('text' in step) return [{ type: 'text', text: step.text }];
		return [
			{
				type: 'tool-call',
				toolCallId: `giro-${Date.now().toString(36)}-${++counter}`,
				toolName: step.toolName,
				input: JSON.stringify(step.input)
			}
		];
	}

	async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
		const content = this.content(options);
		return {
			content,
			finishReason: finish(content),
			usage: USAGE,
			warnings: []
		};
	}

	async doStream(options: LanguageModelV4CallOptions) {
		const content = this.content(options);
		const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }];
		for (const c of content) {
			if (c.type === 'text') {
				parts.push({ type: 'text-start', id: 't0' });
				for (const chunk of c.text.match(/[^\n]*\n?/g)!.filter(Boolean))
					parts.push({ type: 'text-delta', id: 't0', delta: chunk });
				parts.push({ type: 'text-end', id: 't0' });
			} else if (c.type === 'tool-call') parts.push(c);
		}
		parts.push({ type: 'finish', usage: USAGE, finishReason: finish(content) });
		const stream = new ReadableStream<LanguageModelV4StreamPart>({
			start(controller) {
				for (const p of parts) controller.enqueue(p);
				controller.close();
			}
		});
		return { stream };
	}
}

const USAGE = {
	inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
	outputTokens: { total: 0, text: 0, reasoning: 0 }
};

function finish(content: LanguageModelV4Content[]) {
	return content.some((c) => c.type === 'tool-call')
		? { unified: 'tool-calls' as const, raw: 'tool-calls' }
		: { unified: 'stop' as const, raw: 'stop' };
}
