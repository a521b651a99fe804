import { describe, expect, test } from 'vitest';
import { normalize } from './normalize.ts';
import { readAsOf, readPeriod, readSlots } from './slots.ts';

const TODAY = '2026-11-23'; // a Monday
const TEAM = [
	{ id: 4, name: 'Diego Martins' },
	{ id: 5, name: 'Fernanda Lima' },
	{ id: 7, name: 'Juliana Rocha' }
];
const slots = (t: string, team = TEAM) => readSlots(t, normalize(t), TODAY, team);
const period = (t: string) => readPeriod(t, normalize(t), TODAY);

describe('periods', () => {
	test('relative periods people type', () => {
		expect(period('nos últimos 15 dias')).toEqual({ from: '2026-11-09', to: TODAY });
		expect(period('ultimos tres meses')).toEqual({ from: '2026-08-24', to: TODAY });
		expect(period('semana passada')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
		expect(period('essa semana')).toEqual({ from: TODAY, to: TODAY });
		expect(period('ontem')).toEqual({ from: '2026-11-22', to: '2026-11-22' });
		expect(period('no trimestre')).toEqual({ from: '2026-10-01', to: TODAY });
		expect(period('último trimestre')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
		expect(period('no semestre')).toEqual({ from: '2026-07-01', to: TODAY });
		expect(period('este ano')).toEqual({ from: '2026-01-01', to: TODAY });
		expect(period('desde março')).toEqual({ from: '2026-03-01', to: TODAY });
		expect(period('de 01/03 a 15/04')).toEqual({ from: '2026-03-01', to: '2026-04-15' });
		expect(period('mês passado')).toBe('last_month');
		expect(period('em outubro')).toBe('2026-10');
		expect(period('clientes em risco')).toBeUndefined();
	});

	test('a snapshot day', () => {
		const at = (t: string) => readAsOf(t, normalize(t), TODAY);
		expect(at('como estava a carteira em 30/06?')).toBe('2026-06-30');
		expect(at('quantos estavam em risco no fim de setembro?')).toBe('2026-09-30');
		expect(at('clientes em risco em 30/06')).toBeUndefined();
	});
});

describe('places, segments, reps, rankings', () => {
	test('UFs by code or name, regions to UFs, segments by everyday words', () => {
		expect(slots('quanto perdemos no Paraná?').ufs).toEqual(['PR']);
		expect(slots('inativos em sp').ufs).toEqual(['SP']);
		expect(slots('SP vs PR: onde tem mais inativo?').ufs).toEqual(['SP', 'PR']);
		expect(slots('clientes em risco no Rio').ufs).toEqual(['RJ']);
		expect(slots('inativos da região Sul').region).toBe('Sul');
		expect(slots('quem ta em risco no centro-oeste?').region).toBe('Centro-Oeste');
		expect(slots('saúde da carteira no Rio Grande do Sul')).toMatchObject({ ufs: ['RS'] });
		expect(slots('saúde da carteira no Rio Grande do Sul').region).toBeUndefined();
		expect(slots('clientes de agro em risco').segment).toBe('Agronegócio');
		expect(slots('compara varejo e alimentos').segments).toEqual(['Varejo', 'Alimentos']);
	});

	test('reps: first names, a typo, a stranger, a colleague asked by a rep', () => {
		expect(slots('compara o Diego com a Fernanda').repIds).toEqual([4, 5]);
		expect(slots('carteira da juliena').repIds).toEqual([7]);
		expect(slots('carteira do Roberto').unknownRep).toBe('Roberto');
		expect(slots('quais clientes da Fernanda estão em risco?', []).otherRepName).toBe('Fernanda');
		expect(slots('clientes em risco').unknownRep).toBeUndefined();
	});

	test('top N, sort, order, and what no tool filters by', () => {
		expect(slots('os 5 maiores em risco')).toMatchObject({ limit: 5, sort: 'usual_monthly' });
		expect(slots('ordena por atraso').sort).toBe('overdue');
		expect(slots('qual vendedor tem menos faturamento em risco?').order).toBe('asc');
		expect(slots('quem está comprando menos?').order).toBeUndefined();
		expect(slots('quais clientes compram cimento?').unsupported).toEqual(['produto (cimento)']);
		expect(slots('clientes que compram pelo e-commerce').unsupported[0]).toMatch(/canal/);
	});
});
