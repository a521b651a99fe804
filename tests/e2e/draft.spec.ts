/**
 * A follow-up draft in the built app (issue #7): a rep opens a customer whose primary contact
 * consented to WhatsApp, prepares a WhatsApp on the customer page, edits it, logs it as sent
 * after a confirmation that shows exactly what will be recorded, and finds the interaction in
 * the customer's history. Screenshots (desktop and 390 px) in test-results/screens/.
 * Run: E2E_PORT=4175 npx playwright test tests/e2e/draft.spec.ts
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';

fs.mkdirSync('test-results/screens', { recursive: true });

async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill('giro-demo');
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

/** The first of the rep's customers whose primary contact consented to WhatsApp. */
async function openConsentingCustomer(page: Page): Promise<string> {
	await page.goto('/clientes');
	const hrefs = await page
		.locator('table a[href^="/clientes/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const href of hrefs.slice(0, 25)) {
		await page.goto(href);
		const first = page.getByRole('region', { name: 'Contatos' }).getByRole('listitem').first();
		if (await first.getByText('WhatsApp autorizado').isVisible()) return href;
	}
	throw new Error('Nenhum cliente com contato autorizado para WhatsApp entre os 25 primeiros');
}

test('a rep drafts a WhatsApp, edits it, logs it as sent and sees it in the history', async ({
	page
}, info) => {
	await signIn(page, 'ana.souza@giro.demo');
	await openConsentingCustomer(page);
	const customer = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	const contacts = page.getByRole('region', { name: 'Contatos' });
	const contactName = (await contacts
		.getByRole('listitem')
		.first()
		.locator('strong')
		.textContent())!;

	const prepare = page.getByRole('region', { name: 'Preparar mensagem' });
	await prepare.getByLabel('Canal').selectOption('whatsapp');
	await prepare.getByRole('button', { name: 'Preparar mensagem' }).click();
	const card = prepare.getByRole('article');
	await expect(card.getByRole('heading')).toHaveText(
		`Mensagem de WhatsApp para ${contactName} — ${customer}`,
		{ timeout: 30_000 }
	);
	const text = card.getByLabel('Texto da mensagem (editável)');
	const firstName = contactName.split(' ')[0];
	await expect(text).toHaveValue(
		new RegExp(`^(Olá|Oi), ${firstName}[!,].*Aqui é Ana Souza, d[oa] (equipe )?comercial\\.`)
	);
	const link = card.getByRole('link', { name: 'Abrir no WhatsApp' });
	expect(await link.getAttribute('href')).toMatch(
		/^https:\/\/wa\.me\/55\d{10,11}\?text=(Ol%C3%A1|Oi)/
	);

	// Edit: the WhatsApp link follows the edited text.
	const edited = `${await text.inputValue()} Posso te ligar amanhã cedo?`;
	await text.fill(edited);
	expect(await link.getAttribute('href')).toContain(
		encodeURIComponent('Posso te ligar amanhã cedo?')
	);
	await page.screenshot({
		path: `test-results/screens/draft-whatsapp-${info.project.name}.png`,
		fullPage: true
	});

	await prepare.screenshot({ path: `test-results/screens/draft-card-${info.project.name}.png` });

	// Log as sent: first the confirmation, showing exactly what will be recorded.
	await card.getByRole('button', { name: 'Registrar como enviado' }).click();
	const confirm = card.getByRole('group', { name: 'Confirmar o registro no histórico' });
	await expect(confirm).toBeVisible({ timeout: 30_000 });
	const field = (name: string) => confirm.locator('dt', { hasText: name }).locator('+ dd');
	await expect(field('Canal')).toHaveText('WhatsApp');
	await expect(field('Contato')).toHaveText(contactName);
	await expect(field('Cliente')).toHaveText(customer);
	await expect(field('Texto')).toHaveText(edited);
	await expect(text).toBeDisabled();
	await confirm.getByRole('button', { name: 'Confirmar registro' }).focus();
	await page.screenshot({
		path: `test-results/screens/draft-confirm-${info.project.name}.png`,
		fullPage: true
	});
	await card.screenshot({
		path: `test-results/screens/draft-card-confirm-${info.project.name}.png`
	});
	await page.keyboard.press('Enter');
	await expect(card.getByRole('status').last()).toHaveText(
		`Registrado no histórico de ${customer}.`,
		{
			timeout: 30_000
		}
	);

	// The history shows it, with the edited text. Not necessarily first: before 08:00 in São
	// Paulo the demo (seeded for today) already holds contacts later in the day.
	const history = page.getByRole('region', { name: 'Histórico de contatos' });
	// The newest such entry (desktop and phone runs share one server and one customer).
	const entry = history
		.getByRole('listitem')
		.filter({ hasText: 'Posso te ligar amanhã cedo?' })
		.first();
	await expect(entry).toContainText('Mensagem de WhatsApp enviada');
	await expect(entry).toContainText('WhatsApp · feito');
	await expect(entry).toContainText('Posso te ligar amanhã cedo?');
	await page.screenshot({
		path: `test-results/screens/draft-logged-${info.project.name}.png`,
		fullPage: true
	});
	// After a reload it is still there: it was written, not only shown.
	await page.reload();
	await expect(
		history.getByRole('listitem').filter({ hasText: 'Posso te ligar amanhã cedo?' }).first()
	).toContainText('Mensagem de WhatsApp enviada');
});

// An HTTP contract, not a layout: the phone project leaves @api tests out (playwright.config.ts).
test(
	'POST /api/interactions: signed-in only, validated, scoped, pt-BR errors',
	{ tag: '@api' },
	async ({ page, playwright }, info) => {
		const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
		const body = { customerId: 1, channel: 'whatsapp', summary: 'Mensagem de teste' };
		expect((await anonymous.post('/api/interactions', { data: body })).status()).toBe(401);
		await anonymous.dispose();

		await signIn(page, 'ana.souza@giro.demo');
		const bad = await page.request.post('/api/interactions', {
			data: { customerId: 'um', channel: 'fax', summary: 'x' }
		});
		expect(bad.status()).toBe(400);
		const badMessage = (await bad.json()).message as string;
		expect(badMessage).toMatch(/^Pedido inválido: customerId: .*channel: .*summary: /);
		const missing = await page.request.post('/api/interactions', {
			data: { ...body, customerId: 2_000_000 }
		});
		expect(missing.status()).toBe(404);
		expect((await missing.json()).message).toBe(
			'Cliente, contato ou follow-up não encontrado na sua carteira.'
		);
		const href = await openConsentingCustomer(page);
		const customerId = Number(href.split('/').pop());
		const preview = await page.request.post('/api/interactions', { data: { ...body, customerId } });
		expect(preview.status()).toBe(200);
		const answer = await preview.json();
		expect(answer).toMatchObject({ status: 'preview', result: null });
		const forged = await page.request.post('/api/interactions', {
			data: {
				...body,
				customerId,
				summary: 'Outro texto',
				confirmationToken: answer.confirmationToken
			}
		});
		expect(forged.status()).toBe(409);
		expect((await forged.json()).message).toMatch(/não corresponde/);
	}
);
