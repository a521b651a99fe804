// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '#lib/server/auth/session.ts';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in rep or manager; null only on public pages (/login). */
			user: SessionUser | null;
		}
	}
}

export {};
