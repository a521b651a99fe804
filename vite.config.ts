import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// SvelteKit 3 takes its configuration here; it refuses a svelte.config.js.
	// adapter-node 6 no longer reads ORIGIN by itself: without it the built app assumes https
	// and rejects every form POST over plain http (laptops, CI). ORIGIN=http://host:port fixes it.
	plugins: [
		sveltekit({
			adapter: adapter(),
			paths: { origin: process.env.ORIGIN || undefined },
			// Content-Security-Policy of every page (issue #13): SvelteKit adds a nonce (or hash) for
			// its own inline start-up script; nothing loads from elsewhere and nothing may frame Giro.
			// Other answers get the same locks from the hook (src/lib/server/web/security-headers.ts).
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self', 'data:'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	test: {
		expect: { requireAssertions: true },
		// Two test files at a time, also on 2-core machines (vitest's default there is one): most
		// server tests wait on a database or a child process, so the second core is not idle.
		maxWorkers: 2,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'evals/**/*.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
