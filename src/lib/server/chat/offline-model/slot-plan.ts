/**
 * Slots into the plan (turn-plan.ts calls `withSlots` on every plan): the period, place,
 * segment, reps, ranking and "top N" a message carries are merged into the arguments of the
 * tool the intent chose — a new value replacing the last one of its kind, so "e em Minas?"
 * after "clientes em risco no Rio" asks for MG, not both. A message with slots but no intent
 * refines the last list ("só os do Rio", "desses, quais são de agro?", "agora só os 5
 * maiores"). What no tool can apply becomes a note the answer names; a rep that is not in the
 * team, or a colleague's portfolio asked by a rep, is said plainly instead of answered.
 */
import { INTENTS, maskNames, type Args, type Intent } from './intents.ts';
import { knownNames } from './conversation-memory.ts';
import { WRITE_TOOLS } from './intents/writes.ts';
import { normalize } from './normalize.ts';
import { readTeam, type PromptState, type ToolRun } from './read-prompt.ts';
import { readSlots, slotUfs, type Slots } from './slots.ts';
import type { Accepts, Plan } from './turn-plan.ts';

const REFINES =
	/^(e|so|somente|apenas|desses|dessas|destes|destas|deles|delas|agora|ordena|ordene|ordenar|filtra|filtrar|mostra so|tira)\b/;

function lastReadRun(state: PromptState): ToolRun | undefined {
	for (const turn of [...state.history].reverse())
		for (const run of [...turn.runs].reverse())
			if (run.toolName !== 'find_customers' && !WRITE_TOOLS.includes(run.toolName) && run.output.ok)
				return run;
	return undefined;
}

function hasScope(s: Slots): boolean {
	return Boolean(
		s.ufs ||
		s.region ||
		s.segment ||
		s.segments ||
		s.repIds ||
		s.limit ||
		s.sort ||
		s.period ||
		s.asOf
	);
}

const intentFor = (tool: string): Intent | undefined => INTENTS.find((i) => i.tool === tool);

const SCOPE_KEYS = ['uf', 'ufs', 'region'];
/** Tools whose dates are their own window ("hoje", "esta semana"), not a period filter. */
// Tools that read their own period (or none): a period slot is not theirs to take.
const NO_PERIOD = new Set([
	'list_follow_ups',
	'get_rep_queue',
	'schedule_follow_up',
	'forecast_revenue',
	'get_alert_accuracy'
]);

/** The slots merged into one tool's arguments; what the tool cannot take goes to `notes`. */
function merge(
	tool: string,
	base: Args,
	slots: Slots,
	text: string,
	accepts: Accepts,
	previous?: ToolRun
): { args: Args; notes: string[] } {
	const args: Args = { ...base };
	const notes = [...slots.unsupported];
	const ufs = slotUfs(slots);
	if (ufs) {
		for (const k of SCOPE_KEYS) delete args[k];
		if (tool === 'rank_portfolio' && slots.ufs && slots.ufs.length > 1) args.ufs = slots.ufs;
		else if (slots.region && accepts(tool, 'region')) args.region = slots.region;
		else if (ufs.length === 1 && accepts(tool, 'uf')) args.uf = ufs[0];
		else
			notes.push(
				`${slots.region ? `região ${slots.region}` : ufs.join(', ')} (esta consulta não filtra por UF)`
			);
	}
	if (slots.segment) {
		if (accepts(tool, 'segment')) args.segment = slots.segment;
		else notes.push(`segmento ${slots.segment}`);
	}
	if (slots.segments) {
		if (tool === 'rank_portfolio') {
			args.only = slots.segments;
			args.by = 'segment';
		} else notes.push(`mais de um segmento (${slots.segments.join(', ')})`);
	}
	if (slots.repIds) {
		delete args.repId;
		delete args.repIds;
		const reps = [...slots.repIds];
		if (tool === 'rank_portfolio') {
			const before = previous?.input.repId;
			if (reps.length === 1 && typeof before === 'number' && before !== reps[0])
				reps.unshift(before);
			if (reps.length > 1 || args.by === 'rep' || args.by === undefined) {
				args.repIds = reps;
				args.by = 'rep';
			}
		} else if (reps.length === 1 && accepts(tool, 'repId')) args.repId = reps[0];
		else notes.push('mais de um vendedor de uma vez (peça uma comparação)');
	}
	if (slots.period && !NO_PERIOD.has(tool)) {
		if (accepts(tool, 'period')) args.period = slots.period;
		else if (
			typeof slots.period === 'object' &&
			slots.period.from === slots.period.to &&
			accepts(tool, 'asOf')
		)
			args.asOf = slots.period.to;
		else notes.push('período (esta resposta é a situação na data dos dados)');
	}
	if (slots.asOf && accepts(tool, 'asOf')) args.asOf = slots.asOf;
	if (slots.limit && accepts(tool, 'limit')) args.limit = slots.limit;
	if (slots.sort && tool === 'list_customers') args.sort = slots.sort;
	if (slots.order && tool === 'rank_portfolio') args.order = slots.order;
	if (tool === 'rank_portfolio') {
		const by = /\bpor (vendedor|vendedora)\b/.test(text)
			? 'rep'
			: /\bpor segmento\b/.test(text)
				? 'segment'
				: /\bpor (estado|uf)\b/.test(text)
					? 'uf'
					: undefined;
		if (by) args.by = by;
		if (!args.by) args.by = slots.ufs && slots.ufs.length > 1 ? 'uf' : 'rep';
	}
	if (tool === 'get_sales_by_period') {
		const group = /\bpor (vendedor|vendedora)\b/.test(text)
			? 'rep'
			: /\bpor segmento\b/.test(text)
				? 'segment'
				: undefined;
		if (group) args.groupBy = group;
	}
	return { args, notes };
}

function teamNames(team: { name: string }[]): string {
	const names = team.map((m) => m.name.split(' ')[0]);
	return names.length ? names.join(', ') : 'nenhum cadastrado';
}

export function withSlots(plan: Plan, state: PromptState, today: string, accepts: Accepts): Plan {
	const team = readTeam(state.system);
	const self = state.system.match(/Pessoa na conversa: ([^(\n]+?) \(/)?.[1];
	const text = normalize(maskNames(state.userText, knownNames(state.history)));
	const slots = readSlots(state.userText, text, today, team, self);
	let p = plan;
	let previous: ToolRun | undefined;
	if ('text' in p) {
		if (p.text !== '') return p;
		previous = lastReadRun(state);
		const intent = previous && intentFor(previous.toolName);
		if (
			previous &&
			intent &&
			(hasScope(slots) || REFINES.test(text)) &&
			intent.customer === 'none'
		) {
			const { cursor: _cursor, ...kept } = previous.input;
			void _cursor;
			p = { intent, args: kept };
		} else if (slots.unsupported.length)
			return {
				text: `Não tenho filtro por ${slots.unsupported.join(', ')}. Posso mostrar o mix de produtos de um cliente ("o que o cliente X compra?") ou a carteira por segmento, UF ou vendedor.`
			};
		else return p;
	}
	if (!p.intent.tool) return p;
	if (p.intent.customer !== 'none') {
		// One customer's answer: only the period (or the day) applies.
		const args = { ...p.args };
		if (slots.period && accepts(p.intent.tool, 'period') && !args.period)
			args.period = slots.period;
		if (slots.asOf && accepts(p.intent.tool, 'asOf')) args.asOf = slots.asOf;
		return { ...p, args };
	}
	if (slots.unknownRep)
		return {
			text: `Não encontrei vendedor ${slots.unknownRep} na equipe, então não mostrei números. Vendedores: ${teamNames(team)}.`
		};
	if (slots.otherRepName)
		return {
			text: `Você vê só a sua carteira: não consigo mostrar os clientes de ${slots.otherRepName}. Posso mostrar os seus — por exemplo, "meus clientes em risco".`
		};
	previous ??= lastReadRun(state);
	const { args, notes } = merge(p.intent.tool, p.args, slots, text, accepts, previous);
	return { ...p, args, notes };
}

const PLURAL_REFINE = /^(so|somente|apenas) (os|as)\b|^(desses|dessas|destes|destas|deles|delas)\b/;

/**
 * "só os de SP", "desses, quais são de agro?": a subset of the last list, read before the
 * memory's pick of one row ("a de Joinville") could take it for a single customer.
 */
export function refinement(state: PromptState, today: string, accepts: Accepts): Plan | null {
	if (!state.history.length) return null;
	const text = normalize(maskNames(state.userText, knownNames(state.history)));
	if (!PLURAL_REFINE.test(text)) return null;
	const previous = lastReadRun(state);
	const intent = previous && intentFor(previous.toolName);
	if (!previous || !intent || intent.customer !== 'none') return null;
	const team = readTeam(state.system);
	const slots = readSlots(state.userText, text, today, team);
	if (!hasScope(slots)) return null;
	const { cursor: _cursor, ...kept } = previous.input;
	void _cursor;
	const { args, notes } = merge(intent.tool!, kept, slots, text, accepts, previous);
	return { intent, args, notes };
}
