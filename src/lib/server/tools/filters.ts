/** Input fields shared by the tools that take a slice of the portfolio. */
import { z } from 'zod';
import { REGIONS } from '../domain/portfolio/regions.ts';

export const ScopeInput = {
	repId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Só a carteira deste vendedor (gestores; para um vendedor é sempre a própria)'),
	segment: z.string().min(1).max(60).optional().describe('Só este segmento, ex.: "agro"'),
	uf: z
		.string()
		.regex(/^[A-Za-z]{2}$/, 'UF tem duas letras, ex.: SP')
		.optional()
		.describe('Só esta UF, ex.: "SP"'),
	region: z
		.enum(REGIONS)
		.optional()
		.describe('Só as UFs desta região: Norte, Nordeste, Centro-Oeste, Sudeste ou Sul')
};

export const AsOfOutput = {
	asOf: z.string().describe('Data de referência de todos os números (AAAA-MM-DD, São Paulo)')
};

/**
 * Every read tool's optional date of reference (SPEC "Answers"): "como estava a carteira em
 * 30/06?". runTool computes the call at that date; omitted, today.
 */
export const AsOfInput = {
	asOf: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a data no formato AAAA-MM-DD')
		.optional()
		.describe('Data de referência dos números (AAAA-MM-DD, hoje ou antes); omita para hoje')
};
