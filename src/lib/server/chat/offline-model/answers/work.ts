/**
 * Answers to a rep's work: where to start in the queue, the follow-ups due, the customers a
 * search found, and a write the person approved (or not). Copied from the tool output.
 */
import { channel, day, num, rows, str, type Row, type Structured } from './helpers.ts';

export function queueAnswer(s: Structured): string {
	const items = rows(s, 'items');
	if (!items.length) return 'Fila vazia: nada vencido, ninguém em risco sem contato recente.';
	const lines = ['Comece por:'];
	for (const i of items.slice(0, 3))
		lines.push(
			`${i.position}. ${i.customerName} — ${i.reason} Canal: ${channel(i.channel)}` +
				(str(i.contactName) ? ` (${i.contactName})` : '') +
				(str(i.ownerRepName) && s.repId === null ? `; de ${i.ownerRepName}` : '')
		);
	return lines.join('\n');
}

export function followUpsAnswer(s: Structured): string {
	const total = num(s.total) ?? 0;
	const label = (s.window as { label?: string } | undefined)?.label ?? '';
	if (!total) return `Nenhum follow-up ${label}.`;
	const lines = [`${total} ${total === 1 ? 'follow-up' : 'follow-ups'} (${label}). Os primeiros:`];
	for (const f of rows(s, 'followUps').slice(0, 3))
		lines.push(
			`- ${day(f.dueDate)}: ${f.customerName}, por ${channel(f.channel)}` +
				(str(f.note) ? ` — ${f.note}` : '') +
				(num(f.followUpId) ? ` (follow-up ${f.followUpId})` : '')
		);
	lines.push('Para dar baixa: "conclui o follow-up <número>, <resultado>".');
	return lines.join('\n');
}

export function candidatesAnswer(s: Structured): string {
	const list = rows(s, 'candidates');
	if (!list.length) return String(s.advice ?? 'Nenhum cliente encontrado.');
	return [
		'Encontrei:',
		...list
			.slice(0, 5)
			.map((c) => `- ${c.name}${str(c.city) ? ` (${c.city}${str(c.uf) ? `/${c.uf}` : ''})` : ''}`)
	].join('\n');
}

const DONE: Record<string, string> = {
	schedule_follow_up: 'Agendado',
	complete_follow_up: 'Concluído',
	log_interaction: 'Registrado',
	reschedule_follow_up: 'Remarcado',
	cancel_follow_up: 'Cancelado'
};

/** A write the person approved: what was written, from the tool's preview and result. */
export function writeAnswer(s: Structured, toolName = ''): string {
	if (s.status === 'preview') return 'Confirma?';
	const p = (s.preview ?? {}) as Row;
	const r = (s.result ?? {}) as Row;
	const parts = [
		str(p.customerName),
		day(p.dueDate) && `em ${day(p.dueDate)}`,
		str(p.channel) && `por ${channel(p.channel)}`,
		num(r.followUpId ?? p.followUpId) !== undefined && `follow-up ${r.followUpId ?? p.followUpId}`
	].filter(Boolean);
	return `${DONE[toolName] ?? 'Gravado'}: ${parts.join(', ')}. Quer ver o que vem a seguir? Diga "o que eu faço agora?".`;
}
