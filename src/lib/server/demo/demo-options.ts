/**
 * The knobs of the demo generator, checked once with messages a person can act on (pt-BR,
 * like every message a user reads). `asOf` is an input, never the clock: the same seed and the
 * same `asOf` give byte-identical rows.
 */
import { MIN_CUSTOMERS } from '#lib/server/demo/behaviour-plan.ts';
import { toDay } from '#lib/server/demo/day-numbers.ts';

export interface DemoOptions {
	seed: string | number;
	/** Generation date 'YYYY-MM-DD': the history ends here. */
	asOf: string;
	/** Default 600. */
	customers?: number;
	/** Years of order history, default 3. */
	years?: number;
	/** Generate order items (default true); false keeps orders and volumes only. */
	items?: boolean;
}

export interface ResolvedDemoOptions {
	seed: string;
	asOf: string;
	customers: number;
	years: number;
	items: boolean;
}

export const MAX_CUSTOMERS = 200_000;

export function resolveDemoOptions(options: DemoOptions): ResolvedDemoOptions {
	const seed = String(options.seed ?? '').trim();
	if (seed === '') throw new RangeError('Semente do demo vazia: informe um número ou texto.');
	try {
		toDay(options.asOf);
	} catch {
		throw new RangeError(
			`Data de referência inválida: ${JSON.stringify(options.asOf)}. Use AAAA-MM-DD, por exemplo 2026-11-23.`
		);
	}
	const customers = options.customers ?? 600;
	if (!Number.isInteger(customers) || customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
		throw new RangeError(
			`Número de clientes inválido: ${customers}. Use um inteiro entre ${MIN_CUSTOMERS} e ${MAX_CUSTOMERS}.`
		);
	}
	const years = options.years ?? 3;
	if (!Number.isInteger(years) || years < 2 || years > 10) {
		throw new RangeError(`Anos de histórico inválidos: ${years}. Use um inteiro entre 2 e 10.`);
	}
	return { seed, asOf: options.asOf, customers, years, items: options.items ?? true };
}
