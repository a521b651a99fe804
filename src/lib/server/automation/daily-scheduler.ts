/**
 * "Once a day inside the app while it runs" (issue #15, item 5): the running app tries the
 * daily run at start and then every hour; the run itself is once per São Paulo date
 * (`daily_runs`), so the extra attempts cost one lookup. Failures are logged, never thrown:
 * a broken run must not stop the app.
 */
import type { GiroDatabase } from '../db/client.ts';
import { todayInSaoPaulo } from '../domain/calendar/iso-date.ts';
import { describeRun, runAutomaticFollowUps } from '../domain/follow-ups/automatic-follow-ups.ts';
import { DEFAULT_ENGINE_CONFIG } from '../domain/portfolio/engine-config.ts';

const KEY = Symbol.for('giro.daily-scheduler');
const HOUR = 60 * 60 * 1000;

export function startDailyScheduler(db: GiroDatabase, log: (m: string) => void): void {
	const holder = globalThis as { [KEY]?: ReturnType<typeof setInterval> };
	if (holder[KEY]) return;
	const attempt = async () => {
		try {
			const result = await runAutomaticFollowUps(db, {
				asOf: todayInSaoPaulo(new Date()),
				config: DEFAULT_ENGINE_CONFIG
			});
			if (result.ran) log(describeRun(result));
		} catch (error) {
			log(`rotina diária falhou: ${(error as Error).message}`);
		}
	};
	holder[KEY] = setInterval(attempt, HOUR);
	holder[KEY].unref?.();
	setTimeout(attempt, 30_000).unref?.();
}
