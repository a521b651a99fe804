import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './safe-next.ts';

describe('safeNext', () => {
	it('keeps a path of this app, with its query', () => {
		expect(safeNext('/clientes/42')).toBe('/clientes/42');
		expect(safeNext('/carteira?estado=at_risk')).toBe('/carteira?estado=at_risk');
	});

	it('refuses anything that would leave the app or loop back to login', () => {
		for (const next of [
			null,
			'',
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'javascript:alert(1)',
			'/login?next=/x',
			'/a\nb'
		])
			expect(safeNext(next)).toBe('/');
	});

	it('builds the login URL with the way back', () => {
		expect(loginPath('/clientes/42')).toBe('/login?next=%2Fclientes%2F42');
		expect(loginPath('/')).toBe('/login');
	});
});
