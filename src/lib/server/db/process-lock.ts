/**
 * One process per embedded database. PGlite is PostgreSQL compiled to WebAssembly running
 * inside *this* process, with no postmaster to arbitrate: two processes opening the same
 * folder (the dev server and the MCP server, say) each believe they own the files and corrupt
 * them. So every Giro process that opens `<GIRO_DATA_DIR>/pglite` first takes a lock file next
 * to it (`pglite.lock`: pid, host, who, since when), created atomically (`wx`).
 *
 * A lock left by a process that died (crash, SIGKILL) is taken over: its pid no longer runs on
 * this host. A lock from another host (a shared folder) cannot be checked and is respected.
 * Taking the lock twice in one process is fine (the app and a script in the same process
 * share it); it is removed when the last holder releases it or the process exits.
 * Residual risk: two processes that find the same stale lock at the same instant may both
 * take it over — a crash followed by two simultaneous starts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockHolder {
	pid: number;
	hostname: string;
	/** Who holds it, in words: "servidor MCP (stdio)", "app (npm run dev)". */
	owner: string;
	startedAt: string;
}

export interface DataDirLock {
	path: string;
	release(): void;
}

export class DataDirLockedError extends Error {
	readonly lockPath: string;
	readonly holder: LockHolder;

	constructor(dataDir: string, lockPath: string, holder: LockHolder) {
		super(lockedMessage(dataDir, lockPath, holder));
		this.name = 'DataDirLockedError';
		this.lockPath = lockPath;
		this.holder = holder;
	}
}

const HELD = Symbol.for('giro.data-dir-locks');
type Held = Map<string, { count: number }>;

function heldLocks(): Held {
	const holder = globalThis as { [HELD]?: Held };
	if (!holder[HELD]) {
		holder[HELD] = new Map();
		process.once('exit', () => {
			for (const lockPath of holder[HELD]?.keys() ?? []) removeIfOurs(lockPath);
		});
	}
	return holder[HELD];
}

/** The lock file of an embedded database folder: a sibling named `<folder>.lock`. */
export function lockPathFor(dataDir: string): string {
	const resolved = path.resolve(dataDir);
	return `${resolved}.lock`;
}

/**
 * Takes the lock of `dataDir` for this process, or throws `DataDirLockedError` with a pt-BR
 * message that says who holds it and what to do.
 */
export function acquireDataDirLock(dataDir: string, options: { owner?: string } = {}): DataDirLock {
	const lockPath = lockPathFor(dataDir);
	const held = heldLocks();
	const mine = held.get(lockPath);
	if (mine) {
		mine.count += 1;
		return handle(lockPath);
	}
	fs.mkdirSync(path.dirname(lockPath), { recursive: true });
	const me: LockHolder = {
		pid: process.pid,
		hostname: os.hostname(),
		owner: options.owner ?? 'Giro',
		startedAt: new Date().toISOString()
	};
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			fs.writeFileSync(lockPath, `${JSON.stringify(me)}\n`, { flag: 'wx' });
			held.set(lockPath, { count: 1 });
			return handle(lockPath);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const other = readHolder(lockPath);
		if (other && (other.hostname !== me.hostname || isRunning(other.pid)))
			throw new DataDirLockedError(dataDir, lockPath, other);
		// Stale (its process is gone) or unreadable: take it over.
		fs.rmSync(lockPath, { force: true });
	}
	throw new Error(`Não consegui criar ${lockPath}: outro processo o recria sem parar.`);
}

function handle(lockPath: string): DataDirLock {
	let released = false;
	return {
		path: lockPath,
		release() {
			if (released) return;
			released = true;
			const held = heldLocks();
			const entry = held.get(lockPath);
			if (!entry) return;
			entry.count -= 1;
			if (entry.count > 0) return;
			held.delete(lockPath);
			removeIfOurs(lockPath);
		}
	};
}

function readHolder(lockPath: string): LockHolder | null {
	try {
		const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
		if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return null;
		return {
			pid: parsed.pid,
			hostname: parsed.hostname,
			owner: typeof parsed.owner === 'string' ? parsed.owner : 'Giro',
			startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : ''
		};
	} catch {
		return null;
	}
}

function removeIfOurs(lockPath: string): void {
	const holder = readHolder(lockPath);
	if (holder && holder.pid === process.pid && holder.hostname === os.hostname())
		fs.rmSync(lockPath, { force: true });
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function lockedMessage(dataDir: string, lockPath: string, holder: LockHolder): string {
	const since = holder.startedAt
		? ` desde ${new Date(holder.startedAt).toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' })}`
		: '';
	const where = holder.hostname === os.hostname() ? '' : ` na máquina ${holder.hostname}`;
	return [
		`O banco embutido em ${path.resolve(dataDir)} já está aberto por outro processo do Giro: ` +
			`${holder.owner} (pid ${holder.pid}${where}${since}).`,
		'O PGlite aceita um processo por vez; abrir a mesma pasta em dois processos corrompe o banco.',
		'Para usar o app e o servidor MCP ao mesmo tempo, use um servidor PostgreSQL: defina ' +
			'DATABASE_URL=postgres://usuario:senha@host:5432/banco nos dois (npm run db:migrate e npm run db:seed preparam o banco).',
		`Ou pare o outro processo (pid ${holder.pid}) e tente de novo. Se tiver certeza de que nenhum Giro está rodando, apague ${lockPath}.`
	].join('\n');
}
