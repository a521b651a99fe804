import { chooseModel } from '#lib/server/chat/choose-model.ts';
import { parseEnv } from '#lib/server/config.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { portfolioOverview } from '#lib/server/views/portfolio-overview.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await appDatabase();
	const user = locals.user!;
	return {
		overview: await portfolioOverview(db, user.role === 'rep' ? user.id : undefined),
		modelLabel: chooseModel(parseEnv()).label,
		suggestions:
			user.role === 'rep'
				? [
						'O que eu faço agora?',
						'Quem parou de comprar este mês?',
						'Meus follow-ups de hoje',
						'Quais clientes estão comprando menos?'
					]
				: [
						'Quem parou de comprar este mês?',
						'Como está a carteira?',
						'Quanto faturamento está em risco por vendedor?',
						'Quais negociações estão paradas?'
					],
		scopeLabel: user.role === 'rep' ? 'Sua carteira' : 'Carteira da empresa'
	};
};
