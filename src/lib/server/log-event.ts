/**
 * The one way the app, the MCP server and the doors log an event: one line of `key=value`
 * fields — the event, the tool, the door, the acting user's id, the ids found in the input
 * (keys ending in `Id`/`Ids`, numbers or short id strings only) and the error's class and code.
 * Never the input's text fields, notes, previews or payloads, and never an error's message or
 * stack: a database error's message carries the statement and its parameters (a note, a draft),
 * so only its class and SQLSTATE code are written.
 */

export interface LogEventFields {
	/** What happened, snake_case: `tool_failed`, `chat_save_failed`, `import_failed`… */
	event: string;
	tool?: string;
	door?: string;
	userId?: number | null;
	/** The call's input: only its ids are read (see `idsOf`). */
	input?: unknown;
	error?: unknown;
	/** A fixed, code-written detail (never user text): e.g. an output schema's issue paths. */
	detail?: string;
}

export type LogSink = (line: string) => void;

let sink: LogSink = (line) => console.error(line);

/** Tests capture the lines; returns the previous sink to restore. */
export function setLogSink(next: LogSink): LogSink {
	const previous = sink;
	sink = next;
	return previous;
}

export function logEvent(fields: LogEventFields): void {
	sink(formatEvent(fields));
}

export function formatEvent(fields: LogEventFields): string {
	const parts = [`[giro] ${safeToken(fields.event)}`];
	if (fields.tool) parts.push(`tool=${safeToken(fields.tool)}`);
	if (fields.door) parts.push(`door=${safeToken(fields.door)}`);
	if (typeof fields.userId === 'number') parts.push(`user=${fields.userId}`);
	const ids = idsOf(fields.input);
	if (ids) parts.push(`ids=${ids}`);
	if (fields.error !== undefined) {
		const { name, code } = errorIdentity(fields.error);
		parts.push(`error=${name}`);
		if (code) parts.push(`code=${code}`);
	}
	if (fields.detail) parts.push(`detail=${JSON.stringify(fields.detail)}`);
	return parts.join(' ');
}

const ID_KEY = /(Id|Ids)$/;
/** An id string: short, no spaces (uuid, token id) — anything longer is not logged. */
const ID_STRING = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_IDS_PER_KEY = 20;

/** `customerId:12,followUpIds:[3|4]` — only the top-level keys ending in Id/Ids. */
export function idsOf(input: unknown): string {
	if (!input || typeof input !== 'object' || Array.isArray(input)) return '';
	const out: string[] = [];
	for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
		if (!ID_KEY.test(key) || !/^[A-Za-z0-9_]{1,64}$/.test(key)) continue;
		if (Array.isArray(value)) {
			const shown = value.slice(0, MAX_IDS_PER_KEY).map(idValue).filter(Boolean);
			const more = value.length > MAX_IDS_PER_KEY ? `|+${value.length - MAX_IDS_PER_KEY}` : '';
			out.push(`${key}:[${shown.join('|')}${more}]`);
		} else {
			const shown = idValue(value);
			if (shown) out.push(`${key}:${shown}`);
		}
	}
	return out.join(',');
}

function idValue(value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && ID_STRING.test(value)) return value;
	return value === null || value === undefined ? '' : '?';
}

/** Class name and code (pg SQLSTATE, Node's `ECONN…`) of an error or its cause — never text. */
export function errorIdentity(error: unknown): { name: string; code: string } {
	if (!(error instanceof Error)) return { name: typeof error, code: '' };
	const cause = (error as { cause?: unknown }).cause;
	const name =
		cause instanceof Error
			? `${safeToken(error.constructor.name)}<${safeToken(cause.constructor.name)}>`
			: safeToken(error.constructor.name);
	const code = codeOf(error) || codeOf(cause);
	return { name, code };
}

/**
 * What a CLI prints for a failure: Giro's own pt-BR message, but for a database error (a
 * SQLSTATE code on it or its cause, or a query error wrapping one) only its class and code —
 * its message carries the statement's parameters.
 */
export function safeErrorText(error: unknown): string {
	if (!(error instanceof Error)) return String(typeof error);
	const cause = (error as { cause?: unknown }).cause;
	const sqlState = (e: unknown) => /^[0-9A-Z]{5}$/.test(codeOf(e));
	if (sqlState(error) || sqlState(cause) || /Query/.test(error.constructor.name)) {
		const { name, code } = errorIdentity(error);
		return `erro do banco de dados (${name}${code ? ` ${code}` : ''})`;
	}
	return error.message;
}

function codeOf(error: unknown): string {
	const code = (error as { code?: unknown } | null | undefined)?.code;
	if (typeof code === 'number') return String(code);
	if (typeof code === 'string' && /^[A-Za-z0-9_]{1,32}$/.test(code)) return code;
	return '';
}

function safeToken(text: string): string {
	return text.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 80) || '_';
}
