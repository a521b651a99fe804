/**
 * Security of the built app's doors (issue #13, findings 1 and 6), through SvelteKit's real
 * routing: a rep gets 403 from every manager-only route (the /importar page, its __data.json
 * and every endpoint under it) whatever the spelling — percent-encoded letters, trailing slash,
 * case — and nothing is written; every page and API answer carries the security headers.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const PASSWORD = 'giro-demo';
const REP = 'ana.souza@giro.demo';
const MANAGER = 'patricia.mendes@giro.demo';

async function signIn(page: Page, email: string): Promise<APIRequestContext> {
	await page.goto('/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Senha').fill(PASSWORD);
	await page.getByRole('button', { name: 'Entrar' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return page.request;
}

/** Every way to write "importar" that SvelteKit routes to the same place (or to nothing). */
const SPELLINGS = [
	'importar',
	'%69mportar',
	'importa%72',
	'imp%6Frtar',
	'%69%6D%70%6F%72%74%61%72',
	'IMPORTAR',
	'Importar'
];

const CSV = [
	'Código;Razão Social;Cidade;UF',
	'SEC-ATAQUE-1;Cliente Do Ataque Ltda;Sorocaba;SP'
].join('\r\n');

async function runImport(request: APIRequestContext, prefix: string, uploadId: string) {
	return request.post(`/${prefix}/run`, {
		data: { uploadId, entity: 'customers', mapping: {} },
		maxRedirects: 0
	});
}

test(
	'a rep gets 403 from every manager-only route under every spelling, and nothing is written',
	{ tag: '@api' },
	async ({ browser }) => {
		const repPage = await (await browser.newContext()).newPage();
		const managerPage = await (await browser.newContext()).newPage();
		const rep = await signIn(repPage, REP);
		const manager = await signIn(managerPage, MANAGER);

		// The manager starts an upload the rep will try to fill and run.
		const created = await manager.post('/importar/upload', {
			data: { name: 'clientes.csv', size: Buffer.byteLength(CSV) }
		});
		expect(created.status()).toBe(200);
		const { id: uploadId } = (await created.json()) as { id: string };

		const refused = (status: number) => status === 403 || status === 404;
		for (const spelling of SPELLINGS) {
			for (const path of [`/${spelling}`, `/${spelling}/`, `/${spelling}/__data.json`]) {
				const page = await rep.get(path, { maxRedirects: 5 });
				expect(refused(page.status()), `GET ${path} → ${page.status()}`).toBe(true);
				if (spelling.toLowerCase() === spelling) expect(page.status(), path).toBe(403);
			}
			const attempts = [
				await rep.post(`/${spelling}/upload`, { data: { name: 'x.csv', size: 10 } }),
				await rep.put(`/${spelling}/upload/${uploadId}?offset=0`, { data: Buffer.from(CSV) }),
				await rep.post(`/${spelling}/preview`, {
					data: { uploadId, entity: 'customers', mapping: {} }
				}),
				await runImport(rep, spelling, uploadId),
				await rep.get(`/${spelling}/rejeitadas/${uploadId}`)
			];
			for (const response of attempts) {
				const status = response.status();
				expect(refused(status), `${response.url()} → ${status}`).toBe(true);
				if (spelling.toLowerCase() === spelling) expect(status, response.url()).toBe(403);
			}
		}

		// Nothing the rep sent arrived: the upload is still empty, and the manager's own import of
		// the file inserts the customer (the rep's runs wrote nothing).
		const chunk = await manager.put(`/importar/upload/${uploadId}?offset=0`, {
			data: Buffer.from(CSV)
		});
		expect(chunk.status(), await chunk.text()).toBe(200);
		const run = await runImport(manager, 'importar', uploadId);
		expect(run.status()).toBe(200);
		const lines = (await run.text())
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { type: string; summary?: { tables: object } });
		const summary = lines.find((l) => l.type === 'summary')?.summary;
		expect(summary?.tables).toMatchObject({ customers: { inserted: 1, updated: 0 } });
	}
);

/** The automation settings (issue #15) are manager-only too: every spelling, page and action. */
const AUTOMATION_SPELLINGS = [
	'automacao',
	'%61utomacao',
	'automaca%6F',
	'%61%75%74%6F%6D%61%63%61%6F'
];

test(
	'a rep gets 403 from the automation settings under every spelling, and changes nothing',
	{ tag: '@api' },
	async ({ browser, baseURL }) => {
		const repPage = await (await browser.newContext()).newPage();
		const managerPage = await (await browser.newContext()).newPage();
		const rep = await signIn(repPage, REP);
		const manager = await signIn(managerPage, MANAGER);
		// A form action as the browser sends it (same origin), so a refusal is the guard's, not
		// SvelteKit's cross-site check.
		const save = (who: APIRequestContext, path: string, maxPerRep: string) =>
			who.post(`${path}?/save`, {
				form: { enabled: 'on', maxPerRep },
				headers: { origin: baseURL! },
				maxRedirects: 0
			});
		for (const spelling of AUTOMATION_SPELLINGS) {
			for (const path of [`/${spelling}`, `/${spelling}/`, `/${spelling}/__data.json`]) {
				const page = await rep.get(path, { maxRedirects: 5 });
				expect(page.status(), `GET ${path}`).toBe(403);
			}
			const posted = await save(rep, `/${spelling}`, '1');
			expect(posted.status(), `POST /${spelling}?/save`).toBe(403);
		}
		// The same action as the manager goes through (so the rep's attempts reached the route),
		// and the setting is still the default the rep tried to change.
		const page = await manager.get('/automacao');
		expect(page.status()).toBe(200);
		expect(await page.text()).toMatch(/name="maxPerRep"[^>]*value="5"/);
		const saved = await save(manager, '/automacao', '5');
		expect(saved.status(), await saved.text()).toBe(200);
	}
);

const PAGES = [
	'/login',
	'/',
	'/clientes',
	'/agenda',
	'/carteira',
	'/importar',
	'/api/conversations'
];

test(
	'every page and API answer carries the security headers',
	{ tag: '@api' },
	async ({ browser, playwright }, info) => {
		const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
		const page = await (await browser.newContext()).newPage();
		const manager = await signIn(page, MANAGER);
		for (const [who, request] of [
			['anônimo', anonymous],
			['gestora', manager]
		] as const) {
			for (const path of PAGES) {
				const response = await request.get(path, { maxRedirects: 0 });
				const h = response.headers();
				const where = `${who} ${path} (${response.status()})`;
				expect(h['content-security-policy'], where).toMatch(/frame-ancestors 'none'/);
				expect(h['content-security-policy'], where).toMatch(/default-src 'self'/);
				expect(h['x-frame-options'], where).toBe('DENY');
				expect(h['x-content-type-options'], where).toBe('nosniff');
				expect(h['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
				expect(h['permissions-policy'], where).toMatch(/camera=\(\)/);
			}
		}
		await anonymous.dispose();
	}
);
