/**
 * A small two-rep portfolio with known answers for the tool tests, at AS_OF = Monday
 * 2026-11-23 (week: 23–29/11; 20/11 is a national holiday).
 *
 * Ana (rep 10): 1 Mercado Bom Preço (every 21 days, active, order items), 2 Padaria São José,
 * 3 Açougue Central, 4 Distribuidora Paraná (all three stopped buying in October 2026),
 * 5 Mercadinho Bom Gosto (inactive for more than a year), 9 Empório Novo (prospect).
 * Bruno (rep 11): 6 Padaria São Jorge (stopped in October), 7 Atacado Norte (active),
 * 8 Bom Preço Filial Centro (same company as 1 — same CNPJ root and legal name — active).
 * Carla (12) is the manager.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { testContext } from '../support/tool-context.ts';
import { AS_OF, ANA, BRUNO, CARLA, type Fixture } from './fixture-constants.ts';
import { seedPortfolio } from './fixture-portfolio.ts';
import { seedWork } from './fixture-work.ts';

export * from './fixture-constants.ts';

export async function seedFixture(db: GiroDatabase): Promise<Fixture> {
	await seedPortfolio(db);
	return seedWork(db);
}

export const ana = (db: GiroDatabase, door: ToolContext['door'] = 'cli') =>
	testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, door);
export const bruno = (db: GiroDatabase) =>
	testContext(db, { id: BRUNO, role: 'rep', name: 'Bruno' }, AS_OF);
export const carla = (db: GiroDatabase, door: ToolContext['door'] = 'cli') =>
	testContext(db, { id: CARLA, role: 'manager', name: 'Carla' }, AS_OF, door);
