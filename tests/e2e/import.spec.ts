/**
 * The upload page in real Chromium, at desktop and phone width: a manager sends a small CSV
 * whose "Documento" column (state registrations, not CNPJs) is recognised as CNPJ/CPF, sees
 * every line-numbered error, fixes the mapping by ignoring that column, imports, and finds the
 * new customers in Clientes. Screenshots go to test-results/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';

const MANAGER = { email: 'patricia.mendes@giro.demo', password: 'giro-demo' };

fs.mkdirSync('test-results/screens', { recursive: true });
const shot = (page: Page, name: string, project: string) =>
	page.screenshot({ path: `test-results/screens/${name}-${project}.png`, fullPage: true });

/** Opens a page, signing in as a manager first when the app asks for it. */
async function open(page: Page, path: string) {
	await page.goto(path);
	if (new URL(page.url()).pathname === '/login') {
		await page.getByLabel('E-mail').fill(MANAGER.email);
		await page.getByLabel('Senha').fill(MANAGER.password);
		await page.getByRole('button', { name: 'Entrar' }).click();
		await page.waitForURL((url) => url.pathname === path);
	}
}

test('a manager imports a CSV: sees the errors by line, fixes the mapping, imports', async ({
	page
}, info) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const tag = info.project.name === 'phone' ? 'CEL' : 'MESA';
	const csv = [
		'Código;Razão Social;Documento;Cidade;UF',
		`IMP-${tag}-1;Distribuidora Importada ${tag} Um Ltda;110.042.490.114;Sorocaba;SP`,
		`IMP-${tag}-2;Distribuidora Importada ${tag} Dois Ltda;244.123.456.110;Jundiaí;SP`,
		`IMP-${tag}-3;Distribuidora Importada ${tag} Três Ltda;535.371.880.110;Piracicaba;SP`
	].join('\r\n');

	await open(page, '/importar');
	await expect(page.getByRole('heading', { name: 'Importar dados' })).toBeVisible();
	await page.waitForLoadState('networkidle'); // hydrated: the file input has its handler
	await expect(
		page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Importar' })
	).toBeVisible();
	await page.getByLabel('O que o arquivo tem').selectOption({ label: 'Clientes' });
	await page.getByLabel('Arquivo do ERP ou planilha').setInputFiles({
		name: 'clientes-erp.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'latin1')
	});
	await page.getByRole('button', { name: 'Enviar e ver as colunas' }).click();

	await expect(
		page.getByText(/Lido como texto WINDOWS-1252, separador ponto e vírgula/)
	).toBeVisible();
	const documento = page.getByLabel('Campo da coluna Documento');
	await expect(documento).toHaveValue('taxId');
	await expect(
		page.getByRole('cell', { name: 'Distribuidora Importada', exact: false }).first()
	).toBeVisible();

	await page.getByRole('button', { name: 'Validar' }).click();
	await expect(page.getByText('Encontramos 3 erros em 3 linhas. Nada foi gravado.')).toBeVisible();
	const problems = page
		.getByRole('table', { name: 'Problemas encontrados' })
		.getByRole('row')
		.filter({ hasText: 'CNPJ inválido' });
	await expect(problems).toHaveCount(3);
	await expect(problems.nth(0).getByRole('cell').first()).toHaveText(/^(Linha )?2$/);
	await expect(problems.nth(0)).toContainText('Documento');
	await expect(problems.nth(0)).toContainText('CNPJ inválido: "110.042.490.114"');
	await expect(problems.nth(2).getByRole('cell').first()).toHaveText(/^(Linha )?4$/);
	await shot(page, 'importar-erros', info.project.name);

	await documento.selectOption({ label: '— ignorar —' });
	await expect(documento).toHaveValue('');
	await page.getByRole('button', { name: 'Importar' }).click();
	await expect(page.getByText('Importação concluída: 3 linhas gravadas')).toBeVisible();
	const changes = page.getByRole('table', { name: 'O que mudou' });
	await expect(changes.getByRole('row', { name: /Clientes/ })).toContainText('3');
	await shot(page, 'importar-concluido', info.project.name);

	await page.getByRole('link', { name: 'Ver clientes' }).click();
	await page.goto(`/clientes?q=${encodeURIComponent(`Importada ${tag}`)}`);
	for (const n of ['Um', 'Dois', 'Três']) {
		await expect(
			page.getByRole('link', { name: `Distribuidora Importada ${tag} ${n} Ltda` })
		).toBeVisible();
	}
	await shot(page, 'importar-clientes', info.project.name);
	expect(errors).toEqual([]);
});
