/**
 * The forecast and the alert's track record in the built app (demo portfolio, offline model):
 * Carteira shows the forecast next to the last months' revenue; the page "Quão confiável é o
 * alerta" shows, month by month, the same figures as get_alert_accuracy gives the chat ("dá pra
 * confiar nesse alerta?"); the chat answers "qual o faturamento previsto para dezembro?".
 * Screenshots land in test-results/screens/.
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

const shot = (page: Page, name: string, project: string) => {
	fs.mkdirSync('test-results/screens', { recursive: true });
	return page.screenshot({ path: `test-results/screens/${name}-${project}.png`, fullPage: true });
};

test('a manager sees the forecast on Carteira and the alert record equal in the page and the chat', async ({
	page
}, info) => {
	test.setTimeout(180_000);
	await signIn(page, 'patricia.mendes@giro.demo');

	await page.goto('/carteira');
	const panel = page.getByTestId('forecast-panel');
	await expect(panel.getByText(/Este mês: R\$/)).toBeVisible({ timeout: 60_000 });
	await expect(panel.getByRole('img', { name: 'Faturamento mensal e previsão' })).toBeVisible();
	await shot(page, 'carteira-forecast', info.project.name);

	await page.goto('/carteira/confiabilidade');
	await expect(page.getByRole('heading', { name: 'Quão confiável é o alerta' })).toBeVisible();
	const pageRows = await page
		.getByTestId('months')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => {
				const cells = [...r.querySelectorAll('td')].map((c) => c.textContent!.trim());
				return { date: cells[0], right: `${cells[2]} de ${cells[1]}`, top20: cells[4] };
			})
		);
	expect(pageRows).toHaveLength(6);
	await expect(page.getByTestId('headline')).toContainText('de fato não compraram');
	await shot(page, 'confiabilidade', info.project.name);

	await page.goto('/');
	await ask(page, 'dá pra confiar nesse alerta?');
	const card = page
		.getByRole('log', { name: 'Conversa' })
		.locator('[data-tool="get_alert_accuracy"] table');
	await expect(card).toBeVisible({ timeout: 60_000 });
	const chatRows = await card.locator('tbody tr').evaluateAll((rows) =>
		rows.map((r) => {
			const cells = [...r.querySelectorAll('td')].map((c) => c.textContent!.trim());
			return { date: cells[0], right: cells[1], top20: cells[2] };
		})
	);
	expect(chatRows).toEqual(pageRows);

	await ask(page, 'qual o faturamento previsto para dezembro?');
	const forecast = page
		.getByRole('log', { name: 'Conversa' })
		.locator('[data-tool="forecast_revenue"]');
	await expect(forecast.getByText(/dezembro de 2026/).first()).toBeVisible({ timeout: 60_000 });
	await shot(page, 'chat-forecast', info.project.name);
});
