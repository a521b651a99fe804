/**
 * The questions a new conversation suggests, by role: a rep's own work and portfolio, a
 * manager's team. Each one is answered by the offline model with a tool
 * (suggestions.test.ts), so a suggestion never ends in "não entendi".
 */
export const SUGGESTIONS: Record<'rep' | 'manager', readonly string[]> = {
	rep: [
		'O que eu faço agora?',
		'Quem da minha carteira parou de comprar este mês?',
		'Meus follow-ups de hoje',
		'Quem está comprando menos?',
		'Como está minha carteira?'
	],
	manager: [
		'Quem parou de comprar este mês?',
		'Como está a carteira da equipe?',
		'Saúde da carteira por vendedor',
		'Quanto faturamento perdemos por vendedor?',
		'Negociações paradas',
		'Quais são as prioridades da equipe?'
	]
};
