/** A ToolContext for tests: a user of the given role on a test database, at a fixed date. */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import type { Door, ToolContext } from '#lib/server/tools/tool-context.ts';

export function testContext(
	db: GiroDatabase,
	user: { id: number; role: 'rep' | 'manager'; name?: string },
	asOf: string,
	door: Door = 'cli'
): ToolContext {
	return {
		db,
		user: { id: user.id, role: user.role, name: user.name ?? `Usuário ${user.id}` },
		asOf,
		config: DEFAULT_ENGINE_CONFIG,
		door,
		secret: 'test-secret-not-for-production'
	};
}
