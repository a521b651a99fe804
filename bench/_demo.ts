import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { portfolioHistory } from '#lib/server/domain/forecast/portfolio-forecast.ts';
import { alertAccuracy } from '#lib/server/domain/learned-risk/alert-accuracy.ts';
import { checkForecast } from '#lib/server/domain/forecast/forecast-backtest.ts';
import { dayNumber } from '#lib/server/domain/learned-risk/order-history.ts';
const db = await openDatabase({ kind: 'pglite' });
await migrateDatabase(db, { warn: () => {} });
let t = performance.now();
await writeDemoPortfolio(db, { seed: 20261123, asOf: '2026-11-23', customers: 600 });
console.log('seed', performance.now() - t);
t = performance.now();
const p = await portfolioHistory(db, '2026-11-23');
console.log('history', performance.now() - t, p.histories.length);
const f = (v: number | null) => (v === null ? '-' : (100 * v).toFixed(1));
for (const d of [
	'2025-11-30',
	'2026-01-31',
	'2026-03-31',
	'2026-05-31',
	'2026-06-30',
	'2026-07-31',
	'2026-08-24'
]) {
	const D = dayNumber(d);
	const c = checkForecast(p.histories, D, D, D + 90);
	console.log(
		d,
		c.customers,
		'model',
		f(c.model.totalError),
		f(c.model.wape),
		'last',
		f(c.lastPeriod.totalError),
		f(c.lastPeriod.wape),
		'ly',
		f(c.sameWindowLastYear.totalError),
		f(c.sameWindowLastYear.wape)
	);
}
t = performance.now();
const a = await alertAccuracy(db, p, {});
console.log('alert', performance.now() - t);
console.log(JSON.stringify({ ...a.current, weights: undefined }, null, 1));
for (const m of a.months) console.log(m);
for (const m of a.forecast)
	console.log(
		m.month,
		m.actualCents,
		m.forecastCents,
		f(m.model.totalError),
		f(m.lastPeriod.totalError),
		f(m.sameWindowLastYear.totalError)
	);
t = performance.now();
await alertAccuracy(db, p, { repId: 2 });
console.log('alert rep', performance.now() - t);
