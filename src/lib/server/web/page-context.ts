/**
 * What every page of the web door starts from: the signed-in user (from `locals`, set by the
 * hook), the database, the business date (today in São Paulo) and a ToolContext for that user
 * on the `web` door — so a page reads through the same tools, with the same scope rules, as
 * the chat and MCP. A rep's tool calls are always scoped to their own customers by the tools
 * themselves (`scopeFor`); a page never widens that.
 */
import { error } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session.ts';
import { appEnv } from '../app-env.ts';
import { appDatabase } from '../db/app-database.ts';
import type { GiroDatabase } from '../db/client.ts';
import { todayInSaoPaulo } from '../domain/calendar/iso-date.ts';
import { appEmbedder } from '../embeddings/app-embedder.ts';
import { DEFAULT_ENGINE_CONFIG } from '../domain/portfolio/engine-config.ts';
import { appSecret } from '../secret.ts';
import type { ToolContext } from '../tools/tool-context.ts';

export interface PageContext {
	db: GiroDatabase;
	user: SessionUser;
	/** Business date of every figure on the page ('YYYY-MM-DD', São Paulo). */
	asOf: string;
	tools: ToolContext;
}

const SECRET = Symbol.for('giro.web-secret');
type Holder = { [SECRET]?: Promise<string> };

function webSecret(db: GiroDatabase): Promise<string> {
	const holder = globalThis as Holder;
	holder[SECRET] ??= appSecret(db, appEnv()).catch((e) => {
		delete holder[SECRET];
		throw e;
	});
	return holder[SECRET];
}

export async function pageContext(locals: App.Locals, now = new Date()): Promise<PageContext> {
	const user = locals.user;
	// The hook sends anonymous requests to /login first; this is the second lock.
	if (!user) error(401, 'Faça login para continuar.');
	const db = await appDatabase();
	const asOf = todayInSaoPaulo(now);
	return {
		db,
		user,
		asOf,
		tools: {
			db,
			user: { id: user.id, name: user.name, role: user.role },
			asOf,
			now: () => now,
			config: DEFAULT_ENGINE_CONFIG,
			embedder: appEmbedder(),
			door: 'web',
			secret: await webSecret(db)
		}
	};
}
