/** What the offline model can do, as the fallback and the refusals list it (pt-BR). */
export const CAPABILITIES = [
	'quem parou de comprar (este mês, mês passado, um mês ou um intervalo de datas)',
	'sua fila de trabalho ("o que eu faço agora?")',
	'como está a carteira',
	'clientes em risco, comprando menos ou campeões',
	'faturamento perdido ou em risco (estimativas)',
	'previsão de faturamento (próximos dias, um mês ou o trimestre) e quão confiável é o alerta',
	'negociações paradas',
	'como está um cliente: ciclo, última compra, produtos, contato e histórico de contatos',
	'o que os clientes disseram sobre um assunto ("quem reclamou de preço?")',
	'seus follow-ups (hoje, vencidos, semana)',
	'agendar um retorno ou registrar um contato (com a sua confirmação)',
	'preparar uma mensagem para um cliente (WhatsApp, e-mail ou roteiro de ligação)'
];
