/**
 * Who does what in the demo portfolio, decided before any order exists: which customers stop
 * buying (and in which tracked month), which decline, which are new, reactivated, long inactive
 * or prospects; the rest buy regularly. Counts scale with the portfolio but never go below the
 * minimums the engine's tests rely on (≥ 6 stoppers in the running month and in the previous
 * one, 3–6 in each of the four before at 600 customers, ≥ 15 decliners).
 */
import { PLANTED_NAMES } from '#lib/server/demo/planted-names.ts';
import { createRandom } from '#lib/server/demo/random.ts';

export type Behaviour =
	| { kind: 'regular' }
	| { kind: 'decliner' }
	/** `month`: index into the frame's tracked months (0 = oldest, 5 = running month). */
	| { kind: 'stopper'; month: number }
	| { kind: 'new' }
	| { kind: 'reactivation' }
	| { kind: 'long_inactive' }
	| { kind: 'prospect' };

export type BehaviourKind = Behaviour['kind'];

export interface PortfolioPlan {
	behaviours: readonly Behaviour[];
	/** customer index → index into PLANTED_NAMES */
	plantedNames: ReadonlyMap<number, number>;
	/** customer index → index of the prompt-injection note it carries */
	injections: ReadonlyMap<number, number>;
}

export const MIN_CUSTOMERS = 80;
export const INJECTION_NOTES = 4;

export function stopperCounts(customers: number, seed: string): number[] {
	const rng = createRandom(`${seed}:plan:stoppers`);
	const older = [0, 1, 2, 3].map(() => Math.max(3, Math.round(customers * rng.real(0.005, 0.01))));
	const recent = Math.max(6, Math.round(customers * 0.012));
	return [...older, recent, recent];
}

export function planPortfolio(seed: string, customers: number): PortfolioPlan {
	if (!Number.isInteger(customers) || customers < MIN_CUSTOMERS) {
		throw new RangeError(`O demo precisa de pelo menos ${MIN_CUSTOMERS} clientes.`);
	}
	const rng = createRandom(`${seed}:plan`);
	const planted: Behaviour[] = [];
	const add = (count: number, behaviour: Behaviour) => {
		for (let i = 0; i < count; i++) planted.push(behaviour);
	};
	stopperCounts(customers, seed).forEach((count, month) => add(count, { kind: 'stopper', month }));
	add(Math.max(15, Math.round(customers * 0.03)), { kind: 'decliner' });
	add(Math.max(3, Math.round(customers * 0.03)), { kind: 'new' });
	add(Math.max(3, Math.round(customers * 0.01)), { kind: 'reactivation' });
	add(Math.max(3, Math.round(customers * 0.05)), { kind: 'long_inactive' });
	add(Math.max(2, Math.round(customers * 0.03)), { kind: 'prospect' });
	add(customers - planted.length, { kind: 'regular' });
	const behaviours = rng.shuffle(planted);

	const indexes = rng.shuffle(behaviours.map((_, i) => i));
	const plantedNames = new Map<number, number>();
	PLANTED_NAMES.forEach((_, n) => plantedNames.set(indexes[n], n));

	const injections = new Map<number, number>();
	for (const i of indexes.slice(PLANTED_NAMES.length)) {
		if (injections.size === INJECTION_NOTES) break;
		if (behaviours[i].kind === 'regular') injections.set(i, injections.size);
	}
	return { behaviours, plantedNames, injections };
}
