/**
 * The built app serves the pt-BR shell with the demo portfolio's counts, at desktop and phone
 * width. Screenshots land in test-results/ so a person can look at them.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';

test('the shell shows the loaded demo portfolio in pt-BR', async ({ page }, testInfo) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Copiloto' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Principal' });
	for (const label of ['Copiloto', 'Carteira', 'Agenda', 'Clientes']) {
		await expect(nav.getByRole('link', { name: label })).toBeVisible();
	}
	const loaded = page.getByRole('region', { name: 'Carteira carregada' });
	// Counts are formatted in pt-BR (dot thousands) and come from the seeded database.
	const customers = loaded.locator('div', { has: page.getByText('Clientes', { exact: true }) });
	await expect(customers.locator('dd').first()).toHaveText(/^\d{1,3}(\.\d{3})*$/);
	expect(
		Number((await customers.locator('dd').first().textContent())!.replace(/\./g, ''))
	).toBeGreaterThan(500);
	const orders = loaded.locator('div', { has: page.getByText('Pedidos', { exact: true }) });
	expect(
		Number((await orders.locator('dd').first().textContent())!.replace(/\./g, ''))
	).toBeGreaterThan(10_000);
	const interactions = loaded.locator('div', {
		has: page.getByText('Interações', { exact: true })
	});
	expect(
		Number((await interactions.locator('dd').first().textContent())!.replace(/\./g, ''))
	).toBeGreaterThan(1_000);
	await expect(page.getByText(/R\$ \d{1,3}(\.\d{3})*,\d{2}/).first()).toBeAttached();
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({
		path: `test-results/screens/shell-${testInfo.project.name}.png`,
		fullPage: true
	});
	expect(errors).toEqual([]);
});

test('the other pages answer with real data', async ({ page }, testInfo) => {
	await page.goto('/clientes');
	await expect(page.getByRole('heading', { name: 'Clientes' })).toBeVisible();
	const firstCustomer = page.getByRole('table').getByRole('link').first();
	await expect(firstCustomer).toBeVisible();
	await page.screenshot({
		path: `test-results/screens/clientes-${testInfo.project.name}.png`,
		fullPage: true
	});
	await firstCustomer.click();
	await expect(page.getByRole('heading', { name: 'Últimos pedidos' })).toBeVisible();
	await page.screenshot({
		path: `test-results/screens/cliente-${testInfo.project.name}.png`,
		fullPage: true
	});
	await page.goto('/agenda');
	await expect(page.getByRole('heading', { name: /Atrasados/ })).toBeVisible();
	await page.goto('/carteira');
	await expect(page.getByRole('heading', { name: 'Por vendedor' })).toBeVisible();
	await page.screenshot({
		path: `test-results/screens/carteira-${testInfo.project.name}.png`,
		fullPage: true
	});
	await page.goto('/clientes?uf=S1');
	await expect(page.getByText('UF tem duas letras')).toBeVisible();
});
