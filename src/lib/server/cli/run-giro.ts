/**
 * The CLI door (`npm run giro -- <ferramenta> --user <e-mail> --json '{…}'`): any tool of the
 * registry for scripts, cron and agents without MCP, with the same rules as every other door —
 * the acting user's scope (a rep sees only her customers) and confirmed writes: a writing
 * tool without `--confirm` prints its preview and confirmation token and writes nothing; the
 * same call with `--confirm <token>` performs it, once. The structured result is printed as
 * JSON on stdout, the pt-BR summary on stderr; any error is pt-BR on stderr with exit code ≠ 0.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';
import { isIsoDate, todayInSaoPaulo } from '../domain/calendar/iso-date.ts';
import type { Embedder } from '../domain/interaction-search/embedder.ts';
import { DEFAULT_ENGINE_CONFIG } from '../domain/portfolio/engine-config.ts';
import type { AnyTool } from '../tools/define-tool.ts';
import { findTool, TOOLS } from '../tools/registry.ts';
import { runTool } from '../tools/run-tool.ts';
import type { ActingUser, ToolContext } from '../tools/tool-context.ts';

export const USAGE = `Uso: npm run giro -- <ferramenta> --user <e-mail> [--json '{…}'] [--confirm <token>] [--as-of AAAA-MM-DD]

  <ferramenta>        uma das ferramentas do Giro (npm run giro -- --list)
  --user <e-mail>     quem age: um vendedor vê só a própria carteira
  --json '{…}'        os parâmetros da ferramenta (padrão: {})
  --confirm <token>   executa a escrita cuja prévia trouxe este token
  --as-of AAAA-MM-DD  data dos números (padrão: hoje em São Paulo)`;

export interface CliDeps {
	db: GiroDatabase;
	/** Signs confirmation tokens: the app's secret (secret.ts). */
	secret: string;
	now: () => Date;
	embedder?: Embedder;
	out: (text: string) => void;
	err: (text: string) => void;
}

interface Call {
	tool: AnyTool;
	email: string;
	input: Record<string, unknown>;
	asOf: string;
}

type Parsed = { call: Call } | { code: number; out?: string[]; err?: string };

/** The call the arguments describe, or what to print and the exit code (no database needed). */
export function parseCall(argv: readonly string[], now: Date): Parsed {
	let values: { user?: string; json?: string; confirm?: string; 'as-of'?: string; list?: boolean };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				user: { type: 'string' },
				json: { type: 'string' },
				confirm: { type: 'string' },
				'as-of': { type: 'string' },
				list: { type: 'boolean' }
			}
		}));
	} catch (error) {
		return { code: 2, err: `Argumentos inválidos: ${(error as Error).message}\n${USAGE}` };
	}
	if (values.list)
		return {
			code: 0,
			out: TOOLS.map((t) => `${t.name}${t.writes ? ' (escrita)' : ''} — ${t.title}`)
		};
	const [name, ...extra] = positionals;
	if (!name || extra.length) {
		return { code: 2, err: `Diga uma ferramenta (e só uma).\n${USAGE}` };
	}
	const tool = findTool(name);
	if (!tool) {
		return {
			code: 2,
			err: `Ferramenta desconhecida: ${name}. Veja a lista com npm run giro -- --list.`
		};
	}
	if (!values.user) {
		return { code: 2, err: `Falta --user <e-mail>: quem age define o que pode ver.\n${USAGE}` };
	}
	let input: Record<string, unknown>;
	try {
		const parsed: unknown = JSON.parse(values.json ?? '{}');
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
			throw new Error('esperado um objeto');
		input = parsed as Record<string, unknown>;
	} catch (error) {
		return { code: 2, err: `--json não é um objeto JSON válido (${(error as Error).message}).` };
	}
	const asOf = values['as-of'] ?? todayInSaoPaulo(now);
	if (!isIsoDate(asOf)) {
		return { code: 2, err: `--as-of: "${asOf}" não é uma data AAAA-MM-DD.` };
	}
	if (values.confirm !== undefined) {
		if (!tool.writes) {
			return { code: 2, err: `${tool.name} só lê: não há o que confirmar.` };
		}
		input = { ...input, confirmationToken: values.confirm };
	}
	return { call: { tool, email: values.user, input, asOf } };
}

/** Runs one CLI call; returns the exit code (0 ok, 1 the tool refused or failed, 2 bad usage). */
export async function runGiro(argv: readonly string[], deps: CliDeps): Promise<number> {
	const parsed = parseCall(argv, deps.now());
	if (!('call' in parsed)) {
		for (const line of parsed.out ?? []) deps.out(line);
		if (parsed.err) deps.err(parsed.err);
		return parsed.code;
	}
	const { tool, email, input, asOf } = parsed.call;
	const user = await actingUser(deps.db, email);
	if (!user) {
		deps.err(`Usuário não encontrado ou inativo: ${email}.`);
		return 1;
	}
	const ctx: ToolContext = {
		db: deps.db,
		user,
		asOf,
		now: deps.now,
		config: DEFAULT_ENGINE_CONFIG,
		door: 'cli',
		secret: deps.secret,
		embedder: deps.embedder
	};
	const outcome = await runTool(tool, input, ctx);
	if (!outcome.ok) {
		deps.err(outcome.message);
		return 1;
	}
	deps.out(JSON.stringify(outcome.structured, null, 2));
	deps.err(outcome.summary);
	if (tool.writes && outcome.structured.status === 'preview')
		deps.err(
			`Nada foi gravado. Para executar: npm run giro -- ${tool.name} --user ${email} ` +
				`--json '${JSON.stringify(input)}' --confirm ${String(outcome.structured.confirmationToken)}`
		);
	return 0;
}

async function actingUser(db: GiroDatabase, email: string): Promise<ActingUser | null> {
	const [row] = await db.rows<ActingUser>(
		sql`select id::int as id, name, role from users
			where lower(email) = ${email.trim().toLowerCase()} and active limit 1`
	);
	return row ?? null;
}
