/**
 * The first start of a fresh embedded database: when it has no customers (and no users), write
 * the demo portfolio for today (seeded, deterministic), its ground truth next to the data,
 * and the documented demo logins. Anything already there is left alone.
 */
import { sql } from 'drizzle-orm';
import { createDemoAccounts } from '../auth/demo-accounts.ts';
import { todayInSaoPaulo } from '../domain/calendar/iso-date.ts';
import { truthFilePath, writeTruthFile } from '../demo/truth-file.ts';
import { writeDemoPortfolio } from '../demo/write-portfolio.ts';
import type { GiroDatabase } from './client.ts';

export async function seedDemoIfEmpty(
	db: GiroDatabase,
	options: { seed: number; dataDir: string; log: (message: string) => void }
): Promise<void> {
	const [state] = await db.rows<{ customers: number; users: number }>(sql`
		select (select count(*)::int from customers) as customers,
			(select count(*)::int from users) as users`);
	if (state.customers > 0 || state.users > 0) return;
	const asOf = todayInSaoPaulo(new Date());
	options.log(`banco vazio: gerando a carteira de demonstração de ${asOf} (alguns segundos)…`);
	let shown = 0;
	const result = await writeDemoPortfolio(db, { seed: options.seed, asOf }, (p) => {
		if (p.phase === 'inserting' && p.total > 0 && p.done / p.total >= shown + 0.25) {
			shown = Math.floor((p.done / p.total) * 4) / 4;
			options.log(`  ${Math.round(shown * 100)}% dos clientes gravados`);
		}
	});
	// PGlite has no autovacuum: without fresh statistics the planner picks plans ~30× slower.
	await db.rows(sql`analyze`);
	await writeTruthFile(truthFilePath(options.dataDir), result.truth);
	const accounts = await createDemoAccounts(db);
	const c = result.facts.counts;
	options.log(
		`demo pronto em ${(result.elapsedMs / 1000).toFixed(1)} s: ${c.customers} clientes, ${c.orders} pedidos, ` +
			`${c.interactions} interações; ${accounts} logins de demonstração (senha giro-demo, veja o README).`
	);
}
