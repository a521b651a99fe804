/**
 * The embedded database's process lock: another live process is refused with a message that
 * says who holds it and what to do; a lock left by a dead process is taken over; one process
 * may take it twice; releasing (or exiting) removes the file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	acquireDataDirLock,
	DataDirLockedError,
	lockPathFor
} from '#lib/server/db/process-lock.ts';
import { ROOT } from './clients.ts';

let dir: string;
beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-lock-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A separate node process that takes the lock and holds it until killed. */
function holder(dataDir: string): Promise<ChildProcess> {
	const code = `import { acquireDataDirLock } from '#lib/server/db/process-lock.ts';
acquireDataDirLock(${JSON.stringify(dataDir)}, { owner: 'app (npm run dev)' });
process.on('SIGTERM', () => process.exit(0));
console.log('held');
setInterval(() => {}, 1000);`;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
		child.stdout.on('data', (c: Buffer) => c.toString().includes('held') && resolve(child));
		child.stderr.on('data', (c: Buffer) => reject(new Error(c.toString())));
	});
}

const exited = (child: ChildProcess) =>
	new Promise<void>((resolve) =>
		child.exitCode !== null ? resolve() : child.once('close', () => resolve())
	);

describe('acquireDataDirLock', () => {
	test('refuses while another live process holds it, saying who and what to do', async () => {
		const dataDir = path.join(dir, 'a', 'pglite');
		const child = await holder(dataDir);
		try {
			let error: unknown;
			try {
				acquireDataDirLock(dataDir, { owner: 'servidor MCP (stdio)' });
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(DataDirLockedError);
			const message = (error as Error).message;
			expect(message).toMatch(new RegExp(`app \\(npm run dev\\) \\(pid ${child.pid}`));
			expect(message).toMatch(/DATABASE_URL=postgres:\/\//);
			expect(message).toContain(lockPathFor(dataDir));
		} finally {
			child.kill('SIGTERM');
			await exited(child);
		}
		expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
	});

	test('takes over a lock left by a process that died', async () => {
		const dataDir = path.join(dir, 'b', 'pglite');
		const child = await holder(dataDir);
		child.kill('SIGKILL');
		await exited(child);
		expect(fs.existsSync(lockPathFor(dataDir))).toBe(true);
		const lock = acquireDataDirLock(dataDir, { owner: 'teste' });
		expect(JSON.parse(fs.readFileSync(lock.path, 'utf8'))).toMatchObject({
			pid: process.pid,
			owner: 'teste'
		});
		lock.release();
		expect(fs.existsSync(lock.path)).toBe(false);
	});

	test('is re-entrant in one process; the file goes with the last release', () => {
		const dataDir = path.join(dir, 'c', 'pglite');
		const first = acquireDataDirLock(dataDir);
		const second = acquireDataDirLock(dataDir);
		first.release();
		first.release();
		expect(fs.existsSync(first.path)).toBe(true);
		second.release();
		expect(fs.existsSync(first.path)).toBe(false);
	});
});
