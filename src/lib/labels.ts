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

export type RiskStateCode = 'prospect' | 'new' | 'active' | 'at_risk' | 'inactive';

/** Risk states as a person reads them (SPEC "Risk state"). */
export const STATE_NAME: Record<RiskStateCode, string> = {
	new: 'Novo',
	active: 'Ativo',
	at_risk: 'Em risco',
	inactive: 'Inativo',
	prospect: 'Prospect'
};

/** The order states are shown in, healthiest first. */
export const STATE_ORDER = [
	'active',
	'new',
	'at_risk',
	'inactive'
] as const satisfies readonly RiskStateCode[];

export const OUTCOME_NAME: Record<string, string> = {
	answered: 'Atendeu / conversamos',
	no_answer: 'Não atendeu / sem resposta',
	order_placed: 'Fez pedido',
	lost: 'Venda perdida',
	rescheduled: 'Pediu para falar depois'
};

export const STAGE_LABEL: Record<string, string> = {
	qualification: 'Qualificação',
	proposal: 'Proposta enviada',
	negotiation: 'Negociação',
	evaluation: 'Em avaliação do cliente',
	won: 'Ganha',
	lost: 'Perdida'
};

export const CONFIDENCE_LABEL: Record<string, string> = {
	high: 'confiança alta (6 ou mais compras)',
	medium: 'confiança média (3 a 5 compras)',
	low: 'confiança baixa (2 compras)',
	peer: 'estimado pelos clientes parecidos (1 compra)'
};

export const ROLE_LABEL: Record<'rep' | 'manager', string> = {
	rep: 'Vendedor(a)',
	manager: 'Gestor(a)'
};
