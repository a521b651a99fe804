/**
 * Issue #7's bar in the built app (offline model): a rep goes from "o que eu faço agora?" to a
 * sent, logged message and a scheduled next attempt, in the chat, typing only the question —
 * no date, no customer id. The buttons are reached with Tab and pressed with Enter where the
 * flow allows. Then the customer's page shows the interaction (with the edited text) and the
 * pending follow-up (a business day, not before today). Issue #15: the follow-up the message
 * answered is completed — gone from the queue, the Agenda and the customer's page — and the
 * next attempt, with the same purpose, is in this or next week's Agenda.
 * The flow's machine time is logged (not asserted: the bar is a human minute).
 * Screenshots of every step, desktop and 390 px, in test-results/screens/flow-*.png.
 * Run: E2E_PORT=4176 npx playwright test tests/e2e/follow-up-flow.spec.ts
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import { isNationalHoliday } from '#lib/server/domain/calendar/holidays.ts';
import { addDays, dayOfWeek, todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';

fs.mkdirSync('test-results/screens', { recursive: true });

async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill('giro-demo');
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

/** Presses Tab until `target` has the focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

const isoOf = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

test('from "o que eu faço agora?" to a logged message and a scheduled next attempt', async ({
	page
}, info) => {
	const project = info.project.name;
	const shot = async (step: string, element?: Locator) => {
		await page.screenshot({ path: `test-results/screens/flow-${step}-${project}.png` });
		if (element)
			await element.screenshot({ path: `test-results/screens/flow-${step}-card-${project}.png` });
	};
	await signIn(page, 'ana.souza@giro.demo');
	const log = page.getByRole('log', { name: 'Conversa' });
	const started = Date.now();

	// 1. The only typed text.
	await page.getByLabel('Sua pergunta').fill('o que eu faço agora?');
	await page.getByLabel('Sua pergunta').press('Enter');
	const row = log.locator('[data-tool="get_rep_queue"] .queue > li').first();
	await expect(row).toBeVisible({ timeout: 30_000 });
	const customerLink = row.getByRole('link');
	const customer = (await customerLink.textContent())!.trim();
	const customerHref = (await customerLink.getAttribute('href'))!;
	const prepare = row.getByRole('button', { name: new RegExp(`^Preparar .+ para ${customer}$`) });
	await expect(prepare).toHaveText(/^Preparar (WhatsApp|e-mail|roteiro de ligação|mensagem)$/);
	await shot('1-queue', row);

	// 2. "Preparar …" from the keyboard: Tab from the customer's link, Enter.
	await customerLink.focus();
	await tabTo(page, prepare, 1);
	await page.keyboard.press('Enter');
	const card = log.locator('[data-tool="draft_follow_up"] article.draft').last();
	await expect(card.getByRole('heading')).toContainText(`— ${customer}`, { timeout: 30_000 });
	// The first row is a due follow-up: the draft answers it, and says which one.
	const answers = card.getByText(/^Responde ao follow-up de \d{2}\/\d{2}\/\d{4}/);
	await expect(answers).toBeVisible();
	const oldDue = (await answers.textContent())!.match(/\d{2}\/\d{2}\/\d{4}/)![0];
	const text = card.locator('textarea');
	// The edit goes first: the customer's history shows the start of long notes.
	const mark = `Combinado com o cliente (fluxo ${project} ${Date.now()}).`;
	const edited = `${mark}\n${(await text.inputValue()).trim()}`;
	await text.fill(edited);
	await shot('2-draft', card);

	// 3. Recorded as sent, after the confirmation shows exactly what will be written.
	await card.getByRole('button', { name: 'Registrar como enviado' }).click();
	const confirm = card.getByRole('group', { name: 'Confirmar o registro no histórico' });
	await expect(confirm.locator('dt', { hasText: 'Texto' }).locator('+ dd')).toHaveText(edited, {
		timeout: 30_000
	});
	await shot('3-confirm', card);
	await confirm.getByRole('button', { name: 'Confirmar registro' }).click();
	await expect(
		card.getByText(`Registrado no histórico de ${customer}; follow-up concluído.`)
	).toBeVisible({ timeout: 30_000 });

	// 4. The next attempt. When the customer already has another follow-up with this purpose
	// pending, that one is the next step (no duplicates, issue #15) and the card says so.
	// Otherwise: "Agendar próxima tentativa", reached with Tab from the text, Enter; "Aprovar".
	const existing = card.getByText(
		/^O próximo passo já está agendado: follow-up \d+ de .+ para \d{2}\/\d{2}\/\d{4}\./
	);
	const next = card.getByRole('button', {
		name: new RegExp(`^Agendar próxima tentativa com ${customer} por `)
	});
	await expect(existing.or(next)).toBeVisible();
	let due: string;
	let channel: string | null = null;
	if (await existing.isVisible()) {
		due = (await existing.textContent())!.match(/para (\d{2}\/\d{2}\/\d{4})/)![1];
		await expect(next).toHaveCount(0);
		await shot('4-logged', card);
		info.annotations.push({ type: 'next-step', description: `already scheduled for ${due}` });
	} else {
		await expect(next).toHaveText('Agendar próxima tentativa');
		// The confirmation block went away: the outcome and the next step are brought into view.
		await expect(next).toBeInViewport();
		await shot('4-logged', card);
		await text.focus();
		await tabTo(page, next);
		await page.keyboard.press('Enter');
		const approval = log.getByRole('group', { name: 'Confirmação: Agendar follow-up' }).last();
		const field = (name: string) => approval.locator('dt', { hasText: name }).locator('+ dd');
		await expect(field('Cliente')).toHaveText(customer, { timeout: 30_000 });
		due = (await field('Data').textContent())!.trim();
		// The next attempt keeps the follow-up's purpose.
		await expect(field('Finalidade')).toHaveText(/.+/);
		expect(due).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
		channel = (await field('Canal').textContent())!.trim();
		await shot('5-approval', approval);
		await approval.getByRole('button', { name: 'Aprovar' }).click();
		const written = log.locator('[data-tool="schedule_follow_up"] [data-write]').last();
		await expect(written.locator('.summary')).toHaveText(/^Agendado: .*\(follow-up \d+\)\.$/, {
			timeout: 30_000
		});
		const seconds = (Date.now() - started) / 1000;
		console.log(
			`[flow] ${project}: pergunta → mensagem registrada → retorno agendado em ${seconds.toFixed(1)} s`
		);
		info.annotations.push({ type: 'flow-seconds', description: seconds.toFixed(1) });
		await shot('6-scheduled', written);
	}

	// The date: not before today, a business day (no weekend, no national holiday).
	const dueIso = isoOf(due);
	const today = todayInSaoPaulo(new Date());
	expect(dueIso >= today).toBe(true);
	expect([0, 6]).not.toContain(new Date(`${dueIso}T12:00:00Z`).getUTCDay());
	expect(isNationalHoliday(dueIso)).toBe(false);

	// 5. The customer's page: the interaction with the edited text, the pending follow-up.
	await page.goto(customerHref);
	const history = page.getByRole('region', { name: 'Histórico de contatos' });
	await expect(history.getByRole('listitem').first()).toContainText(mark);
	const pending = page.getByRole('region', { name: 'Follow-ups pendentes' });
	await expect(
		pending
			.getByRole('listitem')
			.filter({ hasText: due })
			.filter({ hasText: channel ?? /./ })
	).not.toHaveCount(0);
	await pending.scrollIntoViewIfNeeded();
	await shot('7-customer', pending);

	// The answered follow-up left the customer's page.
	await expect(pending.getByRole('listitem').filter({ hasText: oldDue })).toHaveCount(0);

	// 6. The Agenda: the answered follow-up is gone (overdue and today are shown first); the
	// next attempt is in this week's or next week's Agenda, by its date.
	const sunday = addDays(today, (7 - dayOfWeek(today)) % 7);
	await page.goto('/agenda');
	const rowsOf = (date: string) =>
		page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: customer, exact: true }) })
			.filter({ hasText: date });
	await expect(page.getByRole('heading', { name: /^Atrasados/ })).toBeVisible();
	await expect(rowsOf(oldDue)).toHaveCount(0);
	const weeksAhead = Math.round(
		(Date.parse(addDays(dueIso, -((dayOfWeek(dueIso) + 6) % 7))) -
			Date.parse(addDays(today, -((dayOfWeek(today) + 6) % 7)))) /
			(7 * 86_400_000)
	);
	if (weeksAhead === 1) {
		await page.getByRole('link', { name: 'Próxima semana' }).click();
		await expect(page.getByRole('heading', { name: /^Próxima semana/ })).toBeVisible();
	} else if (weeksAhead > 1) await page.goto(`/agenda?periodo=semana&n=${weeksAhead}`);
	expect(dueIso > sunday).toBe(weeksAhead >= 1);
	await expect(rowsOf(due)).not.toHaveCount(0);
	await rowsOf(due).first().scrollIntoViewIfNeeded();
	await shot('8-agenda', rowsOf(due).first());

	// 7. The queue: the follow-up that was done is no longer in it.
	await page.goto('/');
	await page.getByLabel('Sua pergunta').fill('o que eu faço agora?');
	await page.getByLabel('Sua pergunta').press('Enter');
	const queue = page
		.getByRole('log', { name: 'Conversa' })
		.locator('[data-tool="get_rep_queue"] .queue');
	await expect(queue.locator('> li').first()).toBeVisible({ timeout: 30_000 });
	await expect(
		queue
			.locator('> li.group-1')
			.filter({ has: page.getByRole('link', { name: customer, exact: true }) })
	).toHaveCount(0);
	await shot('9-queue-after', queue);
});
