/**
 * Signing in for the browser tests, shared by the specs: through the login form (a few times
 * per run: logins are limited per IP), then the session is reused in a context built with the
 * project's device settings.
 */
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';

export const PASSWORD = 'giro-demo';
export const REP = { email: 'ana.souza@giro.demo', name: 'Ana Souza' };
export const MANAGER = { email: 'patricia.mendes@giro.demo', name: 'Patrícia Mendes' };

export async function signIn(page: Page, email: string, next = '/'): Promise<void> {
	await page.goto(`/login?next=${encodeURIComponent(next)}`);
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill(PASSWORD);
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === next);
}

/** The project's device settings, for contexts opened by hand. */
export function deviceOptions(info: TestInfo) {
	const use = info.project.use;
	return {
		viewport: use.viewport,
		deviceScaleFactor: use.deviceScaleFactor,
		isMobile: use.isMobile,
		hasTouch: use.hasTouch,
		userAgent: use.userAgent,
		baseURL: use.baseURL,
		extraHTTPHeaders: use.extraHTTPHeaders,
		acceptDownloads: true
	};
}

export async function sessionFor(
	browser: Browser,
	email: string,
	use: object
): Promise<BrowserContext> {
	const context = await browser.newContext(use);
	const page = await context.newPage();
	await signIn(page, email);
	await page.close();
	return context;
}

export async function shot(page: Page, name: string, project: string): Promise<void> {
	fs.mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: `test-results/screens/${name}-${project}.png`, fullPage: true });
}
