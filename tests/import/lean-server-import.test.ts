/**
 * Item 3 of issue #18: an import into a PostgreSQL server never loads PGlite (its WebAssembly
 * build is ~280 MB of the process). The import CLI runs in its own process with a resolve hook
 * that records every module under @electric-sql/pglite; the same CLI on an embedded database
 * is the control that shows the hook sees PGlite when it is loaded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { fixture } from './support.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-lean-'));
const hook = path.resolve('tests/support/record-pglite-loads.mjs');
let server: ServerDatabase;

beforeAll(async () => {
	server = await freshServer();
});
afterAll(async () => {
	await server?.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

function importCli(env: Record<string, string>, record: string) {
	const run = spawnSync(
		process.execPath,
		[
			'--import',
			hook,
			'scripts/import.ts',
			'--entity',
			'clientes',
			'--file',
			fixture('clientes-utf8-bom.csv'),
			'--json'
		],
		{
			env: { ...process.env, ...env, RECORD_MODULES_FILE: record },
			encoding: 'utf8',
			timeout: 120_000
		}
	);
	expect(run.status, run.stderr).toBe(0);
	expect(JSON.parse(run.stdout).tables.customers.inserted).toBe(3);
	return fs.existsSync(record) ? fs.readFileSync(record, 'utf8').trim().split('\n') : [];
}

it('imports into the server without loading PGlite', () => {
	const loaded = importCli({ DATABASE_URL: server.url }, path.join(dir, 'server.txt'));
	expect(loaded).toEqual([]);
});

it('(control) the embedded database does load it, and the hook sees that', () => {
	const loaded = importCli(
		{ DATABASE_URL: '', GIRO_DATA_DIR: path.join(dir, 'pglite') },
		path.join(dir, 'pglite.txt')
	);
	expect(loaded.some((url) => url.includes('@electric-sql/pglite'))).toBe(true);
});
