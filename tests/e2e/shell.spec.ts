/**
 * The built app, on a fresh embedded database seeded on its first start, serves the pt-BR
 * shell with the demo portfolio's counts — the whole company for a manager, their own
 * portfolio for a rep. Screenshots land in test-results/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';

async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill('giro-demo');
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

async function count(page: Page, label: string): Promise<number> {
	const loaded = page.getByRole('region', { name: 'Carteira carregada' });
	const cell = loaded.locator('div', { has: page.getByText(label, { exact: true }) });
	const text = (await cell.locator('dd').first().textContent()) ?? '';
	expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/); // pt-BR thousands
	return Number(text.replace(/\./g, ''));
}

test('the shell shows the loaded demo portfolio in pt-BR', async ({ page }, testInfo) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await signIn(page, 'patricia.mendes@giro.demo');
	await expect(page.getByRole('heading', { name: 'Copiloto' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Principal' });
	for (const label of ['Copiloto', 'Carteira', 'Agenda', 'Clientes']) {
		await expect(nav.getByRole('link', { name: label })).toBeVisible();
	}
	const customers = await count(page, 'Clientes');
	expect(customers).toBeGreaterThanOrEqual(550);
	expect(await count(page, 'Pedidos')).toBeGreaterThan(10_000);
	expect(await count(page, 'Interações')).toBeGreaterThan(1_000);
	await expect(page.getByText(/R\$ \d{1,3}(\.\d{3})*,\d{2}/).first()).toBeAttached();
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({
		path: `test-results/screens/shell-${testInfo.project.name}.png`,
		fullPage: true
	});
	expect(errors).toEqual([]);

	// A rep sees only their own portfolio's counts.
	await page.context().clearCookies();
	await signIn(page, 'ana.souza@giro.demo');
	await expect(page.getByText('Sua carteira')).toBeVisible();
	const own = await count(page, 'Clientes');
	expect(own).toBeGreaterThan(0);
	expect(own).toBeLessThan(customers);
	// Importing is for managers: no menu entry, and the page refuses a rep.
	await expect(
		page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Importar' })
	).toHaveCount(0);
	const response = await page.goto('/importar');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Só gestores podem importar dados.')).toBeVisible();
});
