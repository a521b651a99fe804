/**
 * How CRMs and spreadsheets name Giro's coded values, in pt-BR and English: "Ligação" is a
 * phone call, "Proposta enviada" the proposal stage, "Não atendeu" no answer. Keys are
 * compared after normalizeKey, so accents, case and spaces do not matter.
 */
import { choices } from './field-spec.ts';

export const CHANNEL = {
	choice: choices({
		phone: ['telefone', 'ligação', 'ligacao', 'fone', 'tel', 'phone', 'call', 'chamada'],
		email: ['e-mail', 'email', 'mail'],
		whatsapp: ['whatsapp', 'whats', 'zap', 'wpp'],
		visit: ['visita', 'visit', 'presencial'],
		meeting: ['reunião', 'meeting', 'videochamada', 'video', 'online', 'teams', 'meet']
	}),
	hint: 'telefone, e-mail, WhatsApp, visita ou reunião'
};

export const DIRECTION = {
	choice: choices({
		outbound: ['saída', 'ativo', 'ativa', 'realizada', 'enviada', 'feita', 'outbound', 'out'],
		inbound: ['entrada', 'receptivo', 'receptiva', 'recebida', 'inbound', 'in']
	}),
	hint: 'entrada ou saída'
};

export const OUTCOME = {
	choice: choices({
		answered: ['atendeu', 'atendido', 'respondeu', 'contato feito', 'answered'],
		no_answer: ['não atendeu', 'sem resposta', 'não respondeu', 'no answer', 'no_answer'],
		order_placed: ['pedido', 'pedido fechado', 'comprou', 'venda', 'order placed', 'order_placed'],
		lost: ['perdido', 'perdeu', 'lost'],
		rescheduled: ['reagendado', 'remarcado', 'rescheduled']
	}),
	hint: 'atendeu, não atendeu, pedido fechado, perdido ou reagendado'
};

export const STAGE = {
	choice: choices({
		qualification: ['qualificação', 'prospecção', 'lead', 'qualification'],
		proposal: ['proposta', 'proposta enviada', 'proposal'],
		negotiation: ['negociação', 'em negociação', 'negotiation'],
		evaluation: [
			'avaliação',
			'em avaliação',
			'aguardando cliente',
			'aguardando retorno',
			'evaluation'
		],
		won: ['ganha', 'ganho', 'fechada', 'fechada ganha', 'won'],
		lost: ['perdida', 'perdido', 'fechada perdida', 'lost']
	}),
	hint: 'qualificação, proposta, negociação, avaliação, ganha ou perdida'
};

export const PURPOSE = {
	choice: choices({
		commercial: ['comercial', 'venda', 'commercial'],
		service: ['atendimento', 'serviço', 'suporte', 'service'],
		post_sale: ['pós-venda', 'pos venda', 'post sale', 'post_sale'],
		reactivation: ['reativação', 'recuperação', 'reactivation']
	}),
	hint: 'comercial, atendimento, pós-venda ou reativação'
};

export const FOLLOW_UP_STATUS = {
	choice: choices({
		pending: ['pendente', 'aberto', 'agendado', 'a fazer', 'pending'],
		done: ['feito', 'concluído', 'realizado', 'done', 'completed'],
		cancelled: ['cancelado', 'cancelled', 'canceled']
	}),
	hint: 'pendente, feito ou cancelado'
};

export const ORDER_STATUS = {
	choice: choices({
		invoiced: [
			'faturado',
			'faturada',
			'emitido',
			'emitida',
			'normal',
			'concluído',
			'fechado',
			'invoiced',
			'ok'
		],
		cancelled: ['cancelado', 'cancelada', 'c', 'estornado', 'cancelled', 'canceled']
	}),
	hint: 'faturado ou cancelado'
};
