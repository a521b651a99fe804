/**
 * The Carteira's filters, all in the URL so a view can be shared and reloaded: rep, segment,
 * region, UF, state, period of "quem parou de comprar", the list's order and page. A value
 * that makes no sense is ignored, not an error.
 */
import { z } from 'zod';
import { REGION_KEYS } from '../../domain/portfolio/regions.ts';

export const LIST_STATES = ['new', 'active', 'at_risk', 'inactive'] as const;
export const LIST_SORTS = ['risk', 'usual_monthly', 'overdue', 'recency', 'name'] as const;
export const PERIODS = ['this_month', 'last_month'] as const;

export const CarteiraFilters = z.object({
	vendedor: z.string().max(12).optional().catch(undefined),
	estado: z.enum(LIST_STATES).optional().catch(undefined),
	queda: z.literal('1').optional().catch(undefined),
	segmento: z.string().trim().min(1).max(60).optional().catch(undefined),
	regiao: z.enum(REGION_KEYS).optional().catch(undefined),
	uf: z
		.string()
		.regex(/^[A-Za-z]{2}$/)
		.transform((v) => v.toUpperCase())
		.optional()
		.catch(undefined),
	periodo: z
		.union([z.enum(PERIODS), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)])
		.default('this_month')
		.catch('this_month'),
	ordem: z.enum(LIST_SORTS).default('risk').catch('risk'),
	pagina: z.coerce.number().int().min(1).max(10_000).default(1).catch(1)
});
export type CarteiraFilters = z.infer<typeof CarteiraFilters>;
