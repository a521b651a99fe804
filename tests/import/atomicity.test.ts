/**
 * An import killed half-way (SIGKILL while it writes) leaves the database exactly as before,
 * on PGlite (a data directory reopened after the kill) and on the PostgreSQL server. The file
 * is generated: 150,000 item lines of 7,500 orders of 500 customers that do not exist yet
 * (--create-missing-customers), so customers, orders and items were all being written.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { freshServer } from '../support/databases.ts';
import { fixture, snapshot } from './support.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-kill-'));
const bigFile = path.join(dir, 'vendas.csv');

beforeAll(() => {
	const out = fs.createWriteStream(bigFile);
	const lines = ['Pedido;Cód. Cliente;Data;Produto;Descrição;Qtd;Vlr Unit'];
	for (let i = 0; i < 150_000; i++) {
		const order = Math.floor(i / 20);
		const day = String(1 + (order % 28)).padStart(2, '0');
		lines.push(
			`K-${order};K${order % 500};${day}/03/2026;SKU-${i % 700};Item ${i % 700};${1 + (i % 9)};${(i % 50) + 1},90`
		);
		if (lines.length === 5000) out.write(lines.splice(0).join('\n') + '\n');
	}
	out.end(lines.join('\n') + '\n');
	return new Promise<void>((resolve) => out.on('finish', () => resolve()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI and SIGKILLs it once its write pass has gone past 20%; resolves with its exit signal. */
function importAndKill(
	env: Record<string, string>,
	extra: string[] = []
): Promise<{ signal: string | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				'scripts/import.ts',
				'--entity',
				'pedidos',
				'--file',
				bigFile,
				'--create-missing-customers',
				...extra
			],
			{ env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] }
		);
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
			// Non-TTY progress prints one line per 10%: "Gravando   [███...] 20%".
			if (/Gravando\s+\[[^\]]*\]\s+([2-9]\d)%/.test(stderr) && child.exitCode === null)
				child.kill('SIGKILL');
		});
		child.on('error', reject);
		child.on('exit', (_code, signal) => resolve({ signal, stderr }));
	});
}

describe('an import killed half-way leaves the database exactly as before', () => {
	it('on PGlite (data directory)', async () => {
		const dataDir = path.join(dir, 'data');
		const pgDir = path.join(dataDir, 'pglite');
		fs.mkdirSync(pgDir, { recursive: true });
		let db = await openDatabase({ kind: 'pglite', dataDir: pgDir });
		await migrateDatabase(db, { warn: () => {} });
		await runImport(db, {
			entity: 'customers',
			files: [{ path: fixture('clientes-utf8-bom.csv') }]
		});
		const before = await snapshot(db);
		await db.close();

		const run = await importAndKill({ GIRO_DATA_DIR: dataDir, DATABASE_URL: '' });
		expect(run.signal).toBe('SIGKILL');
		expect(run.stderr).toMatch(/Gravando/);

		db = await openDatabase({ kind: 'pglite', dataDir: pgDir });
		try {
			expect(await snapshot(db)).toEqual(before);
		} finally {
			await db.close();
		}
	}, 300_000);

	it('on the PostgreSQL server', async () => {
		const db = await freshServer();
		try {
			await runImport(db, {
				entity: 'customers',
				files: [{ path: fixture('clientes-utf8-bom.csv') }]
			});
			const before = await snapshot(db);
			const run = await importAndKill({ DATABASE_URL: db.url });
			expect(run.signal).toBe('SIGKILL');
			expect(run.stderr).toMatch(/Gravando/);
			expect(await snapshot(db)).toEqual(before);
		} finally {
			await db.close();
		}
	}, 300_000);
});
