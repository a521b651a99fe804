/**
 * The login limit (issue #13, finding 7) counts *failures*, never sign-ins, so an office of
 * people behind one IP signing in at 8:00 is never locked out. Within a window:
 * - one account from one address: `perAccountIp` failures, then that pair waits (brute force
 *   on one account is stopped, also for its correct password from there);
 * - one account from anywhere: 10× that (a brute force spread over many addresses);
 * - one address over all accounts: 6× that (password spraying from one place).
 * A success resets the account's counts. Other accounts keep signing in while one is locked.
 * In memory, per process (the app runs one): a restart forgets the counts.
 */
export interface LoginLimits {
	perAccountIp: number;
	windowMs: number;
}

interface Counter {
	failures: number;
	since: number;
}

export class LoginLimiter {
	readonly #limits: LoginLimits;
	readonly #counters = new Map<string, Counter>();

	constructor(limits: LoginLimits) {
		this.#limits = limits;
	}

	#keys(email: string, ip: string): [string, number][] {
		const n = this.#limits.perAccountIp;
		return [
			[`pair:${email}\n${ip}`, n],
			[`account:${email}`, n * 10],
			[`ip:${ip}`, n * 6]
		];
	}

	#live(key: string, now: number): Counter | undefined {
		const counter = this.#counters.get(key);
		if (counter && now - counter.since > this.#limits.windowMs) {
			this.#counters.delete(key);
			return undefined;
		}
		return counter;
	}

	/** Seconds to wait before this account may try again from this address, or 0. */
	retryAfter(email: string, ip: string, now = Date.now()): number {
		let wait = 0;
		for (const [key, max] of this.#keys(email, ip)) {
			const counter = this.#live(key, now);
			if (counter && counter.failures >= max)
				wait = Math.max(wait, Math.ceil((counter.since + this.#limits.windowMs - now) / 1000));
		}
		return wait;
	}

	failed(email: string, ip: string, now = Date.now()): void {
		for (const [key] of this.#keys(email, ip)) {
			const counter = this.#live(key, now);
			if (counter) counter.failures += 1;
			else this.#counters.set(key, { failures: 1, since: now });
		}
		if (this.#counters.size > 50_000) this.#sweep(now);
	}

	succeeded(email: string, ip: string): void {
		this.#counters.delete(`pair:${email}\n${ip}`);
		this.#counters.delete(`account:${email}`);
	}

	#sweep(now: number): void {
		for (const key of [...this.#counters.keys()]) this.#live(key, now);
	}
}

const limiters = new WeakMap<object, LoginLimiter>();

export function attachLimiter(auth: object, limiter: LoginLimiter): void {
	limiters.set(auth, limiter);
}

export function limiterOf(auth: object): LoginLimiter | undefined {
	return limiters.get(auth);
}
