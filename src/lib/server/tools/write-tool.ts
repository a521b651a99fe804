/**
 * The output every writing tool shares: either a preview with its confirmation token, or the
 * result of the confirmed write. See confirmation.ts for the flow.
 */
import { z } from 'zod';

export const ConfirmationInput = {
	confirmationToken: z
		.string()
		.max(600)
		.optional()
		.describe(
			'Omita na primeira chamada: a resposta traz a prévia e um token. Depois que a pessoa confirmar, chame de novo com os mesmos dados e este token para executar.'
		)
};

export function writeOutput<P extends z.ZodType, D extends z.ZodType>(preview: P, done: D) {
	return z.object({
		status: z.enum(['preview', 'done']).describe('preview: nada foi gravado ainda; done: gravado'),
		preview: preview.describe('Exatamente o que será gravado'),
		confirmationToken: z
			.string()
			.nullable()
			.describe(
				'Token para confirmar esta prévia (vale 10 minutos, uma vez); null depois de feito'
			),
		expiresAt: z.string().nullable().describe('Quando o token expira (ISO 8601)'),
		result: done.nullable().describe('O que foi gravado (quando status = done)')
	});
}
