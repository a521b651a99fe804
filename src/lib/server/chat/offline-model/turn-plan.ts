/**
 * What this turn is about: the intent of what the person typed (intents.ts), completed from
 * the conversation's memory (conversation-memory.ts) — a customer picked from the last list
 * or in focus, or the last question repeated with what changed — and a rep named by the
 * person ("fila da Ana") turned into `repId` from the team the system prompt lists.
 *
 * Order (decision): a fixed reply (no tool, out of scope) first; then a pick from the last
 * list ("o primeiro", "a de Joinville"), which keeps the earlier request's intent when this
 * message has none; then the customer in focus for a customer request with no name; then an
 * elliptical follow-up ("e no mês passado?") repeating the last read-only call.
 */
import {
	focusCustomer,
	knownNames,
	lastList,
	pickFromList,
	POINTS_AT_FOCUS
} from './conversation-memory.ts';
import { extractCustomerName } from './extract.ts';
import { INTENTS, understand, type Args, type Intent } from './intents.ts';
import { defined } from './intents/types.ts';
import { WRITE_TOOLS } from './intents/writes.ts';
import { lightNormalize, normalize } from './normalize.ts';
import type { PromptState, ToolRun } from './read-prompt.ts';
import { refinement, withSlots } from './slot-plan.ts';
import { readTeam } from './read-prompt.ts';

export type Plan =
	| { text: string }
	| {
			intent: Intent;
			args: Args;
			/** Look this name up first (find_customers). */
			customerQuery?: string;
			/** Already known: no lookup. */
			customerId?: number;
			/** The earlier run the customer came from (a draft's channel carries over). */
			from?: ToolRun;
			/** Parts of the question the tool cannot apply, named in the answer (slot-plan.ts). */
			notes?: string[];
	  };

/** Which tools take which arguments (from the tool schemas of the call); absent: any. */
export type Accepts = (tool: string, arg: string) => boolean;

const profile = () => INTENTS.find((i) => i.id === 'get_customer_profile')!;

function previousIntent(state: PromptState, today: string) {
	for (const turn of [...state.history].reverse()) {
		const u = understand(turn.userText, today);
		if (u?.intent.tool) return u;
	}
	return null;
}

function repeatLast(state: PromptState, today: string): Plan | null {
	const text = normalize(state.userText);
	const last = [...state.history]
		.reverse()
		.flatMap((t) => [...t.runs].reverse().map((run) => ({ run, userText: t.userText })))
		.find(({ run }) => run.toolName !== 'find_customers' && !WRITE_TOOLS.includes(run.toolName));
	if (!last) return null;
	const before = understand(last.userText, today);
	const intent =
		before?.intent.tool === last.run.toolName
			? before.intent
			: INTENTS.find((i) => i.tool === last.run.toolName);
	if (!intent) return null;
	const req = { original: state.userText, text, today };
	const baseline = intent.args({ original: '', text: '', today });
	const changed = Object.fromEntries(
		Object.entries(intent.args(req)).filter(
			([k, v]) => JSON.stringify(v) !== JSON.stringify(baseline[k])
		)
	);
	const named = intent.customer !== 'none' ? extractCustomerName(state.userText) : undefined;
	const { cursor: _cursor, customerId, ...kept } = last.run.input;
	void _cursor;
	if (!Object.keys(changed).length && !named && !/^e\b/.test(text)) return null;
	return {
		intent,
		args: { ...kept, ...changed },
		...(named ? { customerQuery: named } : typeof customerId === 'number' ? { customerId } : {})
	};
}

/** The rep the person named, when the team lists exactly one with that name. */
function namedRep(state: PromptState): number | undefined {
	const text = lightNormalize(state.userText);
	const found = readTeam(state.system).filter((rep) => {
		const name = lightNormalize(rep.name).replace(/[^a-z0-9 ]/g, '');
		return new RegExp(`\\b(${name}|${name.split(' ')[0]})\\b`).test(text);
	});
	return found.length === 1 ? found[0].id : undefined;
}

export function planTurn(state: PromptState, today: string, accepts: Accepts = () => true): Plan {
	const plan =
		refinement(state, today, accepts) ?? withSlots(basePlan(state, today), state, today, accepts);
	if ('text' in plan || plan.intent.customer !== 'none' || !plan.intent.tool) return plan;
	const repId = namedRep(state);
	if (
		repId !== undefined &&
		plan.args.repId === undefined &&
		!plan.args.repIds &&
		accepts(plan.intent.tool, 'repId')
	)
		return { ...plan, args: { ...plan.args, repId } };
	return plan;
}

function basePlan(state: PromptState, today: string): Plan {
	const history = state.history;
	const u = understand(state.userText, today, knownNames(history));
	if (u && u.intent.tool === null)
		return {
			text: u.intent.reply!({ original: state.userText, text: normalize(state.userText), today })
		};
	if (!history.length) return u ?? { text: '' };

	const text = normalize(state.userText);
	const unnamed = !u || (u.intent.customer !== 'none' && !u.customerQuery);
	if (unnamed) {
		const picked = pickFromList(state.userText, lastList(history));
		if (picked) {
			const intent =
				u?.intent ??
				(previousIntent(state, today)?.intent.customer !== 'none'
					? previousIntent(state, today)!.intent
					: profile());
			const args = u ? u.args : (previousIntent(state, today)?.args ?? {});
			return {
				intent: intent.customer === 'none' ? profile() : intent,
				args: defined(args),
				customerId: picked.customerId
			};
		}
	}
	if (u && u.intent.customer !== 'none' && !u.customerQuery) {
		const focus = focusCustomer(history);
		if (focus && (u.intent.customer === 'required' || POINTS_AT_FOCUS.test(text)))
			return { ...u, customerId: focus.customerId, from: focus.run };
	}
	if (!u) return repeatLast(state, today) ?? { text: '' };
	return u;
}
