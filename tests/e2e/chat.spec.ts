/**
 * The copilot in the built app, with no API key (the offline model answers): a manager asks
 * who stopped buying this month and sees the customers; a rep asks what to do now and sees the
 * queue; a rep schedules a follow-up, sees exactly what will be written, approves it, and
 * finds it in the Agenda.
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

async function ask(page: Page, question: string): Promise<void> {
	await page.getByLabel('Sua pergunta').fill(question);
	await page.getByLabel('Sua pergunta').press('Enter');
}

test('a manager asks who stopped buying this month and sees the customers', async ({
	page
}, info) => {
	await signIn(page, 'patricia.mendes@giro.demo');
	await expect(page.getByText('Modelo: Modelo offline do Giro')).toBeVisible();
	await ask(page, 'quem parou de comprar este mes?');
	const log = page.getByRole('log', { name: 'Conversa' });
	const table = log.locator('[data-tool="list_stopped_customers"] table');
	await expect(table).toBeVisible({ timeout: 30_000 });
	expect(await table.getByRole('link').count()).toBeGreaterThan(0);
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({
		path: `test-results/screens/chat-stopped-${info.project.name}.png`,
		fullPage: true
	});
});

test('a rep asks for the queue, then schedules a follow-up with approval', async ({
	page
}, info) => {
	await signIn(page, 'ana.souza@giro.demo');
	await ask(page, 'o que eu faço agora?');
	const log = page.getByRole('log', { name: 'Conversa' });
	const queue = log.locator('[data-tool="get_rep_queue"] .queue li').first();
	await expect(queue).toBeVisible({ timeout: 30_000 });
	const customer = (await queue.getByRole('link').textContent())!.trim();
	await ask(page, `agenda mais um retorno pra semana que vem com ${customer}`);
	const approval = log.getByRole('group', { name: /Confirmação: Agendar follow-up/ });
	await expect(approval).toBeVisible({ timeout: 30_000 });
	await page.screenshot({
		path: `test-results/screens/chat-approval-${info.project.name}.png`,
		fullPage: true
	});
	const due = (await approval.locator('dt', { hasText: 'Data' }).locator('+ dd').textContent())!;
	expect(due).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
	const href = (await queue.getByRole('link').getAttribute('href'))!;
	await approval.getByRole('button', { name: 'Aprovar' }).click();
	await expect(log.locator('[data-tool="schedule_follow_up"] .summary').last()).toHaveText(
		/^Agendado:/,
		{ timeout: 30_000 }
	);
	// The follow-up is on the customer's page, on the approved date.
	await page.goto(href);
	await expect(page.getByText(due).first()).toBeVisible();
});
