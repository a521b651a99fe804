import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDatePhrase } from '#lib/server/domain/calendar/resolve-date-phrase.ts';
import { PHRASE_RULES } from '#lib/server/domain/calendar/date-phrase-rules.ts';

const MONDAY = '2026-11-23';
const THURSDAY = '2026-11-26';

const range = (from: string, to: string, label: string) => ({ range: { from, to, label } });

describe('resolveDatePhrase, today Monday 2026-11-23', () => {
	it.each([
		// relative days
		['hoje', '2026-11-23'],
		['HOJE', '2026-11-23'],
		['amanhã', '2026-11-24'],
		['amanha', '2026-11-24'],
		['Amanhã!', '2026-11-24'],
		['depois de amanhã', '2026-11-25'],
		['dps de amanha', '2026-11-25'],
		['ontem', '2026-11-22'],
		['anteontem', '2026-11-21'],
		// weekdays: the next one after today
		['segunda', '2026-11-30'],
		['segunda-feira', '2026-11-30'],
		['terça', '2026-11-24'],
		['terca-feira', '2026-11-24'],
		['3ª feira', '2026-11-24'],
		['quarta', '2026-11-25'],
		['quinta', '2026-11-26'],
		['Quinta-Feira', '2026-11-26'],
		['quinta que vem', '2026-11-26'],
		['quinta q vem', '2026-11-26'],
		['próxima quinta', '2026-11-26'],
		['proxima quinta-feira', '2026-11-26'],
		['sexta', '2026-11-27'],
		['sábado', '2026-11-28'],
		['sabado', '2026-11-28'],
		['domingo', '2026-11-29'],
		['quinta da semana que vem', '2026-12-03'],
		['semana que vem na quarta', '2026-12-02'],
		// days of the month and explicit dates
		['dia 5', '2026-12-05'],
		['dia 23', '2026-11-23'],
		['dia 31', '2026-12-31'],
		['5/12', '2026-12-05'],
		['dia 05/12/2026', '2026-12-05'],
		['05/12/26', '2026-12-05'],
		['20/11', '2026-11-20'],
		['15/01', '2027-01-15'],
		['2026-12-05', '2026-12-05'],
		['5 de dezembro', '2026-12-05'],
		['1º de maio de 2027', '2027-05-01'],
		['dia 5 de março', '2027-03-05'],
		// counted from today
		['daqui a 3 dias', '2026-11-26'],
		['daqui 10 dias', '2026-12-03'],
		['em três dias', '2026-11-26'],
		['daqui a 3 dias úteis', '2026-11-26'],
		['em 5 dias uteis', '2026-11-30'],
		['daqui a 1 dia útil', '2026-11-24'],
		['daqui a duas semanas', '2026-12-07'],
		['há 3 dias', '2026-11-20'],
		['3 dias atrás', '2026-11-20'],
		['fim do mês', '2026-11-30'],
		['final do mês que vem', '2026-12-31']
	])('%s → %s', (text, date) => {
		expect(resolveDatePhrase(text, MONDAY)).toEqual({ date });
	});

	it.each([
		['semana que vem', range('2026-11-30', '2026-12-04', 'semana que vem')],
		['próxima semana', range('2026-11-30', '2026-12-04', 'semana que vem')],
		['esta semana', range('2026-11-23', '2026-11-27', 'esta semana')],
		['nessa semana', range('2026-11-23', '2026-11-27', 'esta semana')],
		['semana passada', range('2026-11-16', '2026-11-20', 'semana passada')],
		['este mês', range('2026-11-01', '2026-11-30', 'este mês')],
		['esse mes', range('2026-11-01', '2026-11-30', 'este mês')],
		['mês passado', range('2026-10-01', '2026-10-31', 'mês passado')],
		['mes passado', range('2026-10-01', '2026-10-31', 'mês passado')],
		['mês que vem', range('2026-12-01', '2026-12-31', 'mês que vem')],
		['março', range('2026-03-01', '2026-03-31', 'março de 2026')],
		['marco', range('2026-03-01', '2026-03-31', 'março de 2026')],
		['em março de 2025', range('2025-03-01', '2025-03-31', 'março de 2025')],
		['fevereiro/2028', range('2028-02-01', '2028-02-29', 'fevereiro de 2028')],
		['novembro', range('2026-11-01', '2026-11-30', 'novembro de 2026')],
		['dezembro', range('2025-12-01', '2025-12-31', 'dezembro de 2025')],
		['março que vem', range('2027-03-01', '2027-03-31', 'março de 2027')],
		['últimos 30 dias', range('2026-10-25', '2026-11-23', 'últimos 30 dias')],
		['ultimos 7 dias', range('2026-11-17', '2026-11-23', 'últimos 7 dias')]
	])('%s → range', (text, expected) => {
		expect(resolveDatePhrase(text, MONDAY)).toEqual(expected);
	});

	it.each([
		['agenda um retorno pra quinta de manhã', '2026-11-26'],
		['Liga pro cliente amanhã cedo, ele pediu', '2026-11-24'],
		['me lembra de cobrar a Padaria Pão Quente dia 5', '2026-12-05'],
		['marca uma reunião pra sexta', '2026-11-27'], // "marca" is not "março"
		['vamos fechar junto na terça', '2026-11-24'], // "junto" is not "junho"
		['é a quinta tentativa, tenta de novo amanhã', '2026-11-24'], // ordinal, not Thursday
		['hoje não dá, liga quinta', '2026-11-26'],
		['não liga hoje, só depois de amanhã', '2026-11-25'],
		['falar com a Amanda na sexta', '2026-11-27']
	])('finds the phrase in "%s"', (text, date) => {
		expect(resolveDatePhrase(text, MONDAY)).toEqual({ date });
	});

	it('finds a range inside a question', () => {
		expect(resolveDatePhrase('quanto a Distribuidora Sul comprou no mês passado?', MONDAY)).toEqual(
			range('2026-10-01', '2026-10-31', 'mês passado')
		);
	});

	it.each([
		['quinat', '2026-11-26'],
		['sgunda', '2026-11-30'],
		['amanah', '2026-11-24'],
		['sabdo', '2026-11-28'],
		['prxima quinta', '2026-11-26']
	])('forgives one typo: %s → %s', (text, date) => {
		expect(resolveDatePhrase(text, MONDAY)).toEqual({ date });
	});

	it.each([
		'',
		'qual o faturamento da Padaria Pão Quente?',
		'manda a segunda proposta',
		'de manhã',
		'o segundo contato foi bom',
		'eu gosto desse cliente',
		'31/02',
		'2026-02-30',
		'dia 32',
		'últimos 0 dias'
	])('returns null for "%s"', (text) => {
		expect(resolveDatePhrase(text, MONDAY)).toBeNull();
	});
});

describe('resolveDatePhrase, other todays', () => {
	it.each([
		['quinta', '2026-12-03'], // today is Thursday: next week's
		['quinta que vem', '2026-12-03'],
		['quinta da semana que vem', '2026-12-03'],
		['hoje', '2026-11-26'],
		['sexta', '2026-11-27'],
		['segunda', '2026-11-30'],
		['dia 26', '2026-11-26'],
		['dia 25', '2026-12-25'],
		['daqui a 3 dias úteis', '2026-12-01'],
		['fim do mes', '2026-11-30']
	])('Thursday 2026-11-26: %s → %s', (text, date) => {
		expect(resolveDatePhrase(text, THURSDAY)).toEqual({ date });
	});

	it('on a Sunday, "semana que vem" is the week starting tomorrow', () => {
		expect(resolveDatePhrase('semana que vem', '2026-11-29')).toEqual(
			range('2026-11-30', '2026-12-04', 'semana que vem')
		);
	});

	it('"fim do mês" moves to next month once the last business day has passed', () => {
		expect(resolveDatePhrase('fim do mês', '2026-10-31')).toEqual({ date: '2026-11-30' });
		expect(resolveDatePhrase('fim do mês', '2026-10-30')).toEqual({ date: '2026-10-30' });
	});

	it('crosses the year end', () => {
		expect(resolveDatePhrase('dia 5', '2026-12-28')).toEqual({ date: '2027-01-05' });
		expect(resolveDatePhrase('janeiro', '2026-12-28')).toEqual(
			range('2026-01-01', '2026-01-31', 'janeiro de 2026')
		);
		expect(resolveDatePhrase('mês que vem', '2026-12-28')).toEqual(
			range('2027-01-01', '2027-01-31', 'mês que vem')
		);
	});

	it('refuses an invalid today', () => {
		expect(() => resolveDatePhrase('amanhã', '23/11/2026')).toThrow(RangeError);
	});
});

describe('PHRASE_RULES', () => {
	it('resolves each rule example on its own (first alternative)', () => {
		for (const rule of PHRASE_RULES) {
			const example = rule.example.split(',')[0]?.trim() ?? '';
			expect(resolveDatePhrase(example, MONDAY), example).not.toBeNull();
		}
	});
});

describe('robustness', () => {
	const pieces = fc.constantFrom(
		'dia',
		'de',
		'31',
		'99',
		'0',
		'/',
		'-',
		'daqui a',
		'999',
		'dias uteis',
		'quinta',
		'fevereiro',
		'9999',
		'nao',
		' '
	);

	it('never throws on what a rep may type, and every date it returns is valid', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.array(pieces).map((words) => words.join(' '))
				),
				(text) => {
					const result = resolveDatePhrase(text, MONDAY);
					if (result && 'date' in result) expect(result.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					if (result && 'range' in result) expect(result.range.from <= result.range.to).toBe(true);
				}
			)
		);
	});
});
