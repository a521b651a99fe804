/**
 * The offline model's answers: only text and numbers copied from the tool outputs (the
 * summary the tool wrote, plus a few rows: names, R$ strings, dates) — it never computes a
 * figure. Also the fixed texts: the fallback, out of scope, ambiguous customer.
 */
import { formatDate } from '#lib/format.ts';
import { draftAnswer } from './draft-intent.ts';

export const CAPABILITIES = [
	'quem parou de comprar (este mês, mês passado ou um mês)',
	'sua fila de trabalho ("o que eu faço agora?")',
	'como está a carteira',
	'clientes em risco ou comprando menos',
	'faturamento perdido estimado',
	'negociações paradas',
	'como está um cliente e o histórico de contatos',
	'o que os clientes disseram sobre um assunto ("quem reclamou de preço?")',
	'seus follow-ups (hoje, vencidos, semana)',
	'agendar um retorno ou registrar um contato (com a sua confirmação)',
	'preparar uma mensagem para um cliente (WhatsApp, e-mail ou roteiro de ligação)'
];

export function fallbackAnswer(): string {
	return `Não entendi o pedido. Posso ajudar com: ${CAPABILITIES.join('; ')}.`;
}

export function outOfScopeAnswer(): string {
	return (
		'Não tenho ferramenta para isso: só respondo com dados da carteira do Giro. ' +
		`Posso ajudar com: ${CAPABILITIES.join('; ')}.`
	);
}

/** A tool result as the offline model reads it from the prompt. */
export type ToolOutput =
	| { ok: true; summary: string; structured: Record<string, unknown> }
	| { ok: false; message: string; denied?: boolean };

const LIST_KEYS = [
	'customers',
	'items',
	'followUps',
	'opportunities',
	'interactions',
	'candidates',
	'topCustomers',
	'groups',
	'hits'
];
const NAME_KEYS = ['name', 'customerName', 'title', 'label'];
/** Money and date fields a row may carry, with the words that say what they are. */
const MONEY_KEYS: [key: string, label: string][] = [
	['lostRevenue', 'perdido em 12 meses'],
	['usualMonthly', 'habitual por mês'],
	['value', 'valor'],
	['revenueAtRisk', 'em risco por mês']
];
const DATE_KEYS: [key: string, label: string][] = [
	['dueDate', 'data'],
	['lastPurchase', 'última compra'],
	['lastActivityDate', 'último movimento'],
	['occurredAt', 'em'],
	['date', 'em']
];

const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s);

function rowLine(row: Record<string, unknown>): string | null {
	const name = NAME_KEYS.map((k) => row[k]).find((v) => typeof v === 'string');
	if (!name) return null;
	const parts = [String(name)];
	if (typeof row.customerName === 'string' && row.customerName !== name && 'title' in row)
		parts.push(row.customerName);
	const money = MONEY_KEYS.find(([k]) => typeof row[k] === 'string');
	if (money) parts.push(`${money[1]} ${row[money[0]]}`);
	const date = DATE_KEYS.find(([k]) => isDate(row[k]));
	if (date) parts.push(`${date[1]} ${formatDate(String(row[date[0]]).slice(0, 10))}`);
	if (typeof row.reason === 'string') parts.push(row.reason);
	else if (typeof row.snippet === 'string') parts.push(row.snippet);
	else if (typeof row.summary === 'string') parts.push(row.summary);
	return `- ${parts.join(' — ')}`;
}

/** Summary + up to `maxRows` rows of the tool's list. */
export function answerFrom(toolName: string, output: ToolOutput, maxRows = 5): string {
	if (!output.ok) {
		if (output.denied) return 'Tudo bem, não gravei nada.';
		return `Não consegui: ${output.message}`;
	}
	const s = output.structured;
	if (toolName === 'draft_follow_up') return draftAnswer(output.summary, s);
	const lines = [output.summary];
	const listKey = LIST_KEYS.find((k) => Array.isArray(s[k]) && (s[k] as unknown[]).length > 0);
	if (listKey) {
		const rows = (s[listKey] as Record<string, unknown>[])
			.slice(0, maxRows)
			.map(rowLine)
			.filter((l): l is string => l !== null);
		lines.push(...rows);
	}
	if (s.status === 'preview') lines.push('Confirma?');
	void toolName;
	return lines.join('\n');
}

/** Ask which customer, listing the candidates' names from find_customers. */
export function whichCustomer(query: string, candidates: { name: string; city?: string | null }[]) {
	const names = candidates
		.slice(0, 5)
		.map((c) => `- ${c.name}${c.city ? ` (${c.city})` : ''}`)
		.join('\n');
	return `Encontrei mais de um cliente para "${query}". Qual deles?\n${names}`;
}

export function customerNotFound(query: string, advice?: string): string {
	return `Não encontrei nenhum cliente para "${query}".${advice ? ` ${advice}` : ''}`;
}
