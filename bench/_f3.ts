import { readUciFiles } from '#lib/server/datasets/uci-online-retail-read.ts';
import { uciFilePaths } from '#lib/server/datasets/uci-online-retail.ts';
import { buildHistories, dayNumber } from '#lib/server/domain/learned-risk/order-history.ts';
import { checkForecast } from '#lib/server/domain/forecast/forecast-backtest.ts';
const { invoices } = await readUciFiles(uciFilePaths());
const hist = buildHistories(
	invoices.map((i) => ({
		customerId: Number(i.customerId),
		date: i.date,
		cents: Math.round(i.valueMills / 10)
	}))
);
const p = (v: number | null) => (v === null ? '-' : (100 * v).toFixed(1));
for (const d of ['2011-03-31', '2011-06-30', '2011-08-31']) {
	const D = dayNumber(d);
	const t = performance.now();
	const c = checkForecast(hist, D, D, D + 90);
	console.log(
		d,
		c.customers,
		p(c.model.totalError),
		p(c.model.wape),
		p(c.lastPeriod.totalError),
		p(c.lastPeriod.wape),
		p(c.sameWindowLastYear.totalError),
		p(c.sameWindowLastYear.wape),
		(performance.now() - t).toFixed(0)
	);
}
