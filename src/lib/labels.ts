/** pt-BR words for the codes stored in the database (code and identifiers stay English). */

export const CHANNEL_LABEL: Record<string, string> = {
	phone: 'Telefone',
	email: 'E-mail',
	whatsapp: 'WhatsApp',
	visit: 'Visita',
	meeting: 'Reunião'
};

export const PURPOSE_LABEL: Record<string, string> = {
	commercial: 'Comercial',
	service: 'Atendimento',
	post_sale: 'Pós-venda',
	reactivation: 'Reativação'
};

export const MONTH_SHORT = [
	'jan',
	'fev',
	'mar',
	'abr',
	'mai',
	'jun',
	'jul',
	'ago',
	'set',
	'out',
	'nov',
	'dez'
];

/** `'2026-11'` → `'nov/26'` */
export function monthLabel(yearMonth: string): string {
	const [y, m] = yearMonth.split('-');
	return `${MONTH_SHORT[Number(m) - 1]}/${y.slice(2)}`;
}
