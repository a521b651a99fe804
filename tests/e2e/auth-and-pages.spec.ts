/**
 * Login and scope in the built app, with the demo logins (README "Contas de demonstração"):
 * anonymous pages go to /login and the API answers 401; a rep sees only their own customers
 * and gets the same 404 for another rep's customer as for a missing one; a manager sees the
 * whole team and filters by rep; a follow-up is completed from the Agenda through the
 * preview → confirm flow. Screenshots of every page land in test-results/screens/.
 *
 * Logins go through the form a few times per run only: better-auth limits attempts per IP, so
 * each role signs in once per project and the session is reused.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { MANAGER, REP, sessionFor, shot, signIn } from './support/session.ts';

const OTHER_REP = 'Bruno Carvalho';

/** Chooses a rep in the Clientes filter and waits for that rep's list. */
async function filterByRep(page: Page, name: string): Promise<void> {
	const select = page.getByLabel(/^Vendedor/);
	const id = await select.locator('option', { hasText: name }).getAttribute('value');
	await select.selectOption({ label: name });
	await page.getByRole('button', { name: 'Filtrar' }).click();
	await page.waitForURL((url) => url.searchParams.get('vendedor') === id);
	await expect(page.locator('main table').getByText(name).first()).toBeVisible();
}

/** Number in "123 clientes" (pt-BR thousands). */
function countIn(text: string | null): number {
	const m = /([\d.]+)\s+clientes?/.exec(text ?? '');
	if (!m) throw new Error(`sem contagem em ${JSON.stringify(text)}`);
	return Number(m[1].replace(/\./g, ''));
}

test.describe('anonymous', () => {
	test('pages redirect to /login and the API answers 401', async ({ page, request }, info) => {
		const response = await page.goto('/clientes/1');
		expect(new URL(page.url()).pathname).toBe('/login');
		expect(new URL(page.url()).searchParams.get('next')).toBe('/clientes/1');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { name: 'Entrar no Giro' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Principal' })).toHaveCount(0);
		await shot(page, 'login', info.project.name);

		for (const path of ['/carteira', '/agenda', '/', '/clientes']) {
			const r = await request.get(path, { maxRedirects: 0 });
			expect(r.status(), path).toBe(303);
			expect(r.headers().location, path).toMatch(/^\/login/);
		}
		for (const [method, path] of [
			['GET', '/api/chat'],
			['POST', '/api/chat'],
			['GET', '/api/qualquer/coisa']
		] as const) {
			const r = await request.fetch(path, { method, data: method === 'POST' ? {} : undefined });
			expect(r.status(), `${method} ${path}`).toBe(401);
			expect(await r.json()).toMatchObject({ error: 'unauthenticated' });
		}
	});

	test('a wrong password is refused with a message, keyboard only', async ({ page }) => {
		await page.goto('/login');
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // brand
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('E-mail')).toBeFocused();
		await page.keyboard.type(REP.email);
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Senha')).toBeFocused();
		await page.keyboard.type('senha-errada');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toHaveText('E-mail ou senha incorretos.');
		await expect(page.getByLabel('E-mail')).toHaveValue(REP.email);
		expect(new URL(page.url()).pathname).toBe('/login');
	});
});

test.describe.serial('signed in', () => {
	let rep: BrowserContext;
	let manager: BrowserContext;
	let otherRepCustomer: string;
	let repCount: number;
	let repCarteira: string;

	test.beforeAll(async ({ browser }, info) => {
		const use = info.project.use;
		const options = {
			viewport: use.viewport,
			deviceScaleFactor: use.deviceScaleFactor,
			isMobile: use.isMobile,
			hasTouch: use.hasTouch,
			userAgent: use.userAgent,
			baseURL: use.baseURL,
			extraHTTPHeaders: use.extraHTTPHeaders
		};
		rep = await sessionFor(browser, REP.email, options);
		manager = await sessionFor(browser, MANAGER.email, options);
	});

	test.afterAll(async () => {
		await rep?.close();
		await manager?.close();
	});

	test('a manager sees every rep, filters by rep and opens another rep’s customer', async ({
		browserName: _browser
	}, info) => {
		const page = await manager.newPage();
		await page.goto('/clientes');
		await expect(page.getByRole('heading', { name: 'Clientes', level: 1 })).toBeVisible();
		const total = countIn(await page.locator('main p[aria-live]').textContent());
		const repSelect = page.getByLabel(/^Vendedor/);
		await expect(repSelect.locator('option')).toHaveCount(9); // "Todos" + 8 reps
		await filterByRep(page, REP.name);
		repCount = countIn(await page.locator('main p[aria-live]').textContent());
		expect(repCount).toBeGreaterThan(0);
		expect(repCount).toBeLessThan(total);

		await filterByRep(page, OTHER_REP);
		const first = page.locator('main table a[href^="/clientes/"]').first();
		otherRepCustomer = (await first.getAttribute('href'))!;
		await first.click();
		await expect(page.getByText(`vendedor: ${OTHER_REP}`)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Compras ao longo do tempo' })).toBeVisible();
		await shot(page, 'cliente-gestor', info.project.name);

		await page.goto('/carteira');
		await expect(page.getByText(/Toda a equipe em \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Quem precisa de ajuda no time' })
		).toBeVisible();
		const byRep = page.getByRole('table', { name: /por vendedor/ });
		await expect(byRep.getByRole('link', { name: OTHER_REP })).toBeVisible();
		await expect(byRep.getByRole('link', { name: REP.name })).toBeVisible();
		await expect(
			page
				.getByText(/R\$ \d{1,3}(\.\d{3})*,\d{2}/)
				.filter({ visible: true })
				.first()
		).toBeVisible();
		await expect(page.getByText('Ver os valores').first()).toBeVisible({ timeout: 30_000 });
		await shot(page, 'carteira-gestor', info.project.name);

		// The same rep's portfolio, as the manager sees it through the rep filter.
		await page.getByLabel(/^Vendedor/).selectOption({ label: REP.name });
		await page.getByRole('button', { name: 'Aplicar' }).click();
		await expect(page.getByText(`Carteira de ${REP.name} em`)).toBeVisible();
		repCarteira = (await page
			.getByRole('navigation', { name: 'Estados' })
			.getByRole('link', { name: /^Todos/ })
			.textContent())!.trim();
		await page.close();
	});

	test('a rep sees only their own customers on Clientes and Carteira', async ({
		browserName: _browser
	}, info) => {
		const page = await rep.newPage();
		await page.goto('/clientes');
		await expect(page.getByText('Os clientes da sua carteira.')).toBeVisible();
		await expect(page.getByLabel(/^Vendedor/)).toHaveCount(0);
		// The rep's own list is exactly what the manager sees filtered by that rep.
		expect(countIn(await page.locator('main p[aria-live]').textContent())).toBe(repCount);
		// ?vendedor= of someone else changes nothing for a rep.
		await page.goto('/clientes?vendedor=2');
		expect(countIn(await page.locator('main p[aria-live]').textContent())).toBe(repCount);
		await shot(page, 'clientes-vendedor', info.project.name);

		await page.locator('main table a[href^="/clientes/"]').first().click();
		await expect(page.getByText(`vendedor: ${REP.name}`)).toBeVisible();
		await expect(page.getByRole('img', { name: /Linha do tempo de compras/ })).toBeVisible();
		await expect(page.getByText(/\d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
		await shot(page, 'cliente-vendedor', info.project.name);

		await page.goto('/carteira?vendedor=2');
		await expect(page.getByText(/Sua carteira em \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Quem precisa de ajuda no time' })).toHaveCount(
			0
		);
		await expect(page.getByLabel(/^Vendedor/)).toHaveCount(0);
		const chips = page.getByRole('navigation', { name: 'Estados' });
		await expect(chips.getByRole('link', { name: /^Todos/ })).toHaveText(repCarteira);
		await expect(page.getByText('Ver os valores').first()).toBeVisible({ timeout: 30_000 });
		await shot(page, 'carteira-vendedor', info.project.name);
		await page.close();
	});

	test('a rep cannot open another rep’s customer by URL: the same 404 as a missing one', async () => {
		const page = await rep.newPage();
		const other = await page.goto(otherRepCustomer);
		expect(other?.status()).toBe(404);
		const otherText = await page.locator('main').innerText();
		expect(otherText).toContain('Cliente não encontrado.');
		const missing = await page.goto('/clientes/99999999');
		expect(missing?.status()).toBe(404);
		expect(await page.locator('main').innerText()).toBe(otherText);
		// The data endpoint of client-side navigation refuses too.
		const data = await page.request.get(`${otherRepCustomer}/__data.json`);
		expect(await data.text()).not.toContain(OTHER_REP);
		await page.close();
	});

	test('a rep completes a follow-up from the Agenda (preview, then confirm)', async ({
		browserName: _browser
	}, info) => {
		const page = await rep.newPage();
		await page.goto('/agenda');
		await expect(page.getByText(/Seus follow-ups/)).toBeVisible();
		await shot(page, 'agenda', info.project.name);
		const section = page
			.getByRole('region')
			.filter({ has: page.getByRole('heading', { name: /^(Atrasados|Hoje|Esta semana)/ }) })
			.filter({ has: page.getByText('Concluir', { exact: true }) })
			.first();
		const count = section.locator('h2 .count');
		const before = Number((await count.textContent())!.replace(/\./g, ''));
		const item = section.getByRole('listitem').first();
		const link = item.getByRole('link').first();
		const customer = (await link.textContent())!.trim();
		const customerHref = (await link.getAttribute('href'))!;
		await item.getByText('Concluir', { exact: true }).click();
		await item.getByLabel('Fez pedido').check();
		await item.getByLabel('Resumo (opcional)').fill('Fechou o pedido de reposição por telefone');
		await item.getByRole('button', { name: 'Revisar e concluir' }).click();
		const confirm = page.getByRole('region', { name: 'Confirmar conclusão do follow-up' });
		await expect(confirm).toContainText(customer);
		await expect(confirm).toContainText('Fez pedido');
		await shot(page, 'agenda-confirmar', info.project.name);
		await confirm.getByRole('button', { name: 'Confirmar' }).click();
		await expect(page.getByRole('status')).toContainText(`Concluído: ${customer}`);
		await expect(count).toHaveText(String(before - 1));
		// The contact is in the customer's history now, with its outcome.
		await page.goto(customerHref);
		const history = page.getByRole('region', { name: 'Histórico de contatos' });
		await expect(history.getByText('Fechou o pedido de reposição por telefone')).toBeVisible();
		await page.close();
	});

	test('logging out ends the session', async ({ browser }, info) => {
		const use = info.project.use;
		const context = await browser.newContext({
			viewport: use.viewport,
			baseURL: use.baseURL,
			extraHTTPHeaders: use.extraHTTPHeaders
		});
		const page = await context.newPage();
		await signIn(page, REP.email, '/agenda');
		await expect(page.getByText(REP.name)).toBeVisible();
		await page.getByRole('button', { name: 'Sair' }).click();
		await page.waitForURL(/\/login/);
		await page.goto('/carteira');
		expect(new URL(page.url()).pathname).toBe('/login');
		await context.close();
	});
});
