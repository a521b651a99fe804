import { error } from '@sveltejs/kit';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import {
	ConversationId,
	listConversations,
	loadConversation
} from '#lib/server/chat/conversations.ts';
import { SUGGESTIONS } from '#lib/server/chat/suggestions.ts';
import { appEnv } from '#lib/server/app-env.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { scopeFor } from '#lib/server/domain/portfolio/scope.ts';
import { portfolioOverview } from '#lib/server/web/portfolio-overview.ts';
import type { PageServerLoad } from './$types';

/**
 * The Copiloto: the portfolio overview, the user's saved conversations, and — with
 * `?conversa=<id>` — one of them reopened (someone else's id is a 404, like a missing one).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const db = await appDatabase();
	const user = locals.user!;
	const requested = url.searchParams.get('conversa');
	let conversation = null;
	if (requested !== null) {
		const id = ConversationId.safeParse(requested);
		conversation = id.success ? await loadConversation(db, { userId: user.id, id: id.data }) : null;
		if (!conversation) error(404, 'Conversa não encontrada.');
	}
	return {
		overview: await portfolioOverview(db, scopeFor(user).repId),
		modelLabel: chooseModel(appEnv()).label,
		suggestions: [...SUGGESTIONS[user.role]],
		conversations: await listConversations(db, { userId: user.id }),
		conversation,
		scopeLabel: user.role === 'rep' ? 'Sua carteira' : 'Carteira da empresa'
	};
};
