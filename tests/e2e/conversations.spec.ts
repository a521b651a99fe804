/**
 * The copilot's saved conversations and rich results in the built app (offline model): a
 * conversation survives a reload and reopens with its content, and nobody else sees it (list,
 * API and page); suggestions fit the role; the whole ask → approve/deny flow works from the
 * keyboard alone, with visible focus and announced results; a manager gets health cards with
 * a chart, the team queue and a customer card with its timeline. Screenshots (desktop and
 * 390 px) go to test-results/screens/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';

const SCREENS = 'test-results/screens';

async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill('giro-demo');
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

async function ask(page: Page, question: string): Promise<void> {
	await page.getByLabel('Sua pergunta').fill(question);
	await page.getByLabel('Sua pergunta').press('Enter');
}

async function shot(page: Page, name: string, project: string, target?: Locator | 'viewport') {
	fs.mkdirSync(SCREENS, { recursive: true });
	const path = `${SCREENS}/${name}-${project}.png`;
	if (target === 'viewport') await page.screenshot({ path });
	else if (target) await target.screenshot({ path });
	else await page.screenshot({ path, fullPage: true });
}

/** The saved conversations (behind "Conversas (n)" on a phone). */
async function conversationList(page: Page): Promise<Locator> {
	const toggle = page.getByRole('button', { name: /^Conversas \(\d+\)$/ });
	if (await toggle.isVisible()) {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	}
	return page.getByRole('navigation', { name: 'Conversas' }).locator('#conversation-list');
}

const log = (page: Page) => page.getByRole('log', { name: 'Conversa' });

test('a conversation is saved, reopens after a reload, and nobody else sees it', async ({
	page,
	browser
}, info) => {
	await signIn(page, 'ana.souza@giro.demo');
	const question = `Meus follow-ups de hoje (${info.project.name})`;
	await ask(page, question);
	await expect(log(page).locator('[data-tool="list_follow_ups"] .summary')).toBeVisible({
		timeout: 30_000
	});
	await page.waitForURL(/\?conversa=/);
	const id = new URL(page.url()).searchParams.get('conversa')!;
	expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
	const answer = (await log(page).locator('[data-tool="list_follow_ups"] .summary').textContent())!;

	// Reload: the list has it, the conversation is open with its content.
	await page.reload();
	await expect(log(page).getByText(question)).toBeVisible();
	await expect(log(page).locator('[data-tool="list_follow_ups"] .summary')).toHaveText(answer);

	// A new conversation, then reopen the saved one from the list.
	await page.getByRole('button', { name: 'Nova conversa' }).click();
	await expect(page.getByRole('list', { name: 'Perguntas sugeridas' })).toBeVisible();
	await expect(page).toHaveURL((url) => !url.searchParams.has('conversa'));
	const list = await conversationList(page);
	await shot(page, 'conversations-list', info.project.name, 'viewport');
	await list.getByRole('link', { name: new RegExp(question.replace(/[()]/g, '\\$&')) }).click();
	await expect(log(page).locator('[data-tool="list_follow_ups"] .summary')).toHaveText(answer);
	await expect(page).toHaveURL(new RegExp(`conversa=${id}`));

	// Another user: not in the list, 404 from the API and the page.
	const other = await browser.newContext();
	const bruno = await other.newPage();
	await signIn(bruno, 'bruno.carvalho@giro.demo');
	await expect(bruno.getByText(question)).toHaveCount(0);
	const listed = await (await bruno.request.get('/api/conversations')).json();
	expect(listed.conversations.map((c: { id: string }) => c.id)).not.toContain(id);
	expect((await bruno.request.get(`/api/conversations/${id}`)).status()).toBe(404);
	const origin = new URL(page.url()).origin; // what a browser sends with a DELETE
	const deleted = await bruno.request.delete(`/api/conversations/${id}`, { headers: { origin } });
	expect(deleted.status()).toBe(404);
	const opened = await bruno.goto(`/?conversa=${id}`);
	expect(opened?.status()).toBe(404);
	await other.close();

	// Nobody signed in: 401.
	const anonymous = await browser.newContext();
	expect((await anonymous.request.get('/api/conversations')).status()).toBe(401);
	await anonymous.close();

	// Delete, with confirmation.
	const again = await conversationList(page);
	await again.getByRole('button', { name: `Excluir a conversa ${question}` }).click();
	await again
		.getByRole('group', { name: /Excluir a conversa/ })
		.getByRole('button', { name: 'Excluir' })
		.click();
	await expect(again.getByText(question)).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'Perguntas sugeridas' })).toBeVisible();
	expect((await page.request.get(`/api/conversations/${id}`)).status()).toBe(404);
});

test('suggested questions fit the role', async ({ page }) => {
	await signIn(page, 'ana.souza@giro.demo');
	const rep = page.getByRole('list', { name: 'Perguntas sugeridas' });
	await expect(rep.getByRole('button', { name: 'O que eu faço agora?' })).toBeVisible();
	await expect(
		rep.getByRole('button', { name: 'Quem da minha carteira parou de comprar este mês?' })
	).toBeVisible();
	await expect(rep.getByRole('button', { name: 'Saúde da carteira por vendedor' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Sair' }).click();
	await signIn(page, 'patricia.mendes@giro.demo');
	const manager = page.getByRole('list', { name: 'Perguntas sugeridas' });
	await expect(
		manager.getByRole('button', { name: 'Como está a carteira da equipe?' })
	).toBeVisible();
	await expect(
		manager.getByRole('button', { name: 'Saúde da carteira por vendedor' })
	).toBeVisible();
	await expect(
		manager.getByRole('button', { name: 'Quem da minha carteira parou de comprar este mês?' })
	).toHaveCount(0);
});

/**
 * Press Tab (or Shift+Tab) until the focused element matches the CSS selector and, when
 * given, has exactly this text (at most `max` presses).
 */
async function tabTo(
	page: Page,
	target: { selector: string; text?: string; back?: boolean },
	max = 60
): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(target.back ? 'Shift+Tab' : 'Tab');
		const found = await page.evaluate(({ selector, text }) => {
			const el = document.activeElement;
			return (
				!!el && el.matches(selector) && (text === undefined || el.textContent?.trim() === text)
			);
		}, target);
		if (found) return;
	}
	throw new Error(`Tab never reached ${target.selector} ${target.text ?? ''}`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return false;
		const style = getComputedStyle(el);
		return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
	});
}

test('keyboard only: ask, deny, ask again, approve — focus visible, results announced', async ({
	page
}, info) => {
	await signIn(page, 'ana.souza@giro.demo');
	await tabTo(page, { selector: '#chat-input' });
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.type('o que eu faço agora?');
	await page.keyboard.press('Enter');
	const first = log(page).locator('[data-tool="get_rep_queue"] .queue li').first();
	await expect(first).toBeVisible({ timeout: 30_000 });
	const customer = (await first.getByRole('link').textContent())!.trim();

	const request = `agenda mais um retorno pra semana que vem com ${customer}`;
	await page.keyboard.type(request); // the focus is still in the question box
	await page.keyboard.press('Enter');
	let approval = log(page).getByRole('group', { name: /Confirmação: Agendar follow-up/ });
	await expect(approval).toBeVisible({ timeout: 30_000 });
	await expect(approval.getByText('Cliente', { exact: true })).toBeVisible(); // the preview, by name
	// The approval buttons come right before the question box: Shift+Tab back to them.
	await tabTo(page, { selector: 'button', text: 'Recusar', back: true });
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Space');
	await expect(page.getByRole('status').filter({ hasText: 'Recusado' }).first()).toBeAttached();
	await expect(log(page).getByText('Recusado: nada foi gravado.')).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('#chat-input')).toBeFocused();

	await page.keyboard.type(request);
	await page.keyboard.press('Enter');
	approval = log(page).getByRole('group', { name: /Confirmação: Agendar follow-up/ });
	await expect(approval).toBeVisible({ timeout: 30_000 });
	await shot(page, 'chat-approval-keyboard', info.project.name, 'viewport');
	await tabTo(page, { selector: 'button', text: 'Aprovar', back: true });
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Aprovado' }).first()).toBeAttached();
	const written = log(page).locator('[data-write="schedule_follow_up"][role="status"]');
	await expect(written).toContainText('Agendado:', { timeout: 30_000 });
	await expect(written).toContainText(/\d{2}\/\d{2}\/\d{4}/);
	await shot(page, 'chat-approved', info.project.name, 'viewport');
});

test('a manager sees health cards with a chart, the team queue and a customer card', async ({
	page
}, info) => {
	await signIn(page, 'patricia.mendes@giro.demo');
	await expect(page.getByText('Modelo: Modelo offline do Giro')).toBeVisible();
	await shot(page, 'chat-new', info.project.name, 'viewport');
	await ask(page, 'Como está a carteira da equipe?');
	const health = log(page).locator('[data-tool="get_portfolio_health"]');
	await expect(health.getByRole('list', { name: /Clientes por estado/ })).toBeVisible({
		timeout: 60_000
	});
	await expect(health.getByRole('img', { name: /Clientes por estado/ })).toBeVisible();
	await expect(health.getByText('Em risco', { exact: true }).first()).toBeVisible();
	await shot(page, 'chat-health', info.project.name, health);
	await shot(page, 'chat-health-view', info.project.name, 'viewport');

	await ask(page, 'Quais são as prioridades da equipe?');
	const queue = log(page).locator('[data-tool="get_rep_queue"] .queue li');
	await expect(queue.first()).toBeVisible({ timeout: 60_000 });
	await expect(queue.first().locator('.owner')).toContainText('·');

	await ask(page, 'quem parou de comprar este mês?');
	const table = log(page).locator('[data-tool="list_stopped_customers"] table');
	await expect(table).toBeVisible({ timeout: 60_000 });
	if (info.project.name === 'desktop') {
		const header = table.getByRole('columnheader', { name: /Mensal habitual/ });
		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		await header.getByRole('button').press('Enter');
		await expect(header).toHaveAttribute('aria-sort', 'ascending');
	}
	await shot(page, 'chat-stopped-table', info.project.name, table);
	const name = (await table.getByRole('link').first().textContent())!.trim();

	await ask(page, `como está o cliente ${name}?`);
	const card = log(page).locator('[data-tool="get_customer_profile"] article');
	await expect(card).toBeVisible({ timeout: 60_000 });
	await expect(card.getByRole('heading', { name })).toBeVisible();
	await expect(card.getByRole('img', { name: /Linha do tempo de compras/ })).toBeVisible();
	await expect(card.getByText('Ciclo de recompra')).toBeVisible();
	await shot(page, 'chat-customer-card', info.project.name, card);
	await shot(page, 'chat-customer-view', info.project.name, 'viewport');
});
