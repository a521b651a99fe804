/** Input fields shared by the tools that take a slice of the portfolio. */
import { z } from 'zod';

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
		.describe('Só esta UF, ex.: "SP"')
};

export const AsOfOutput = {
	asOf: z.string().describe('Data de referência de todos os números (AAAA-MM-DD, São Paulo)')
};
