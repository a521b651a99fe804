import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.ts';

const LONG =
	'Visita de rotina ao depósito, conferimos o estoque de cimento e de argamassa com o comprador. ' +
	'No fim da conversa ele reclamou do atraso na entrega do último pedido, que chegou três dias depois. ' +
	'Combinamos de ligar na quinta para confirmar a próxima carga e revisar a tabela de preços.';

describe('snippet', () => {
	it('keeps a short text whole', () => {
		expect(snippet('Reclamou do preço.', 'preço')).toBe('Reclamou do preço.');
	});

	it('cuts a long text around the first match, accents and inflections folded', () => {
		const s = snippet(LONG, 'entregas atrasadas');
		expect(s).toContain('atraso na entrega');
		expect(s.startsWith('…')).toBe(true);
		expect(s.length).toBeLessThanOrEqual(160);
	});

	it('shows the start when nothing matches', () => {
		expect(snippet(LONG, 'boleto vencido').startsWith('Visita de rotina')).toBe(true);
	});
});
