/**
 * Process configuration, parsed once from the environment with zod. A bad value fails fast
 * with a message naming the variable and what to put in it (see `.env.example`).
 */
import { z } from 'zod';

const flag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

export const EnvSchema = z.object({
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'use uma URL postgres://usuario:senha@host:5432/banco')
		.optional()
		.describe('PostgreSQL server URL; when absent Giro uses the embedded PGlite database'),
	GIRO_DATA_DIR: z
		.string()
		.min(1)
		.default('./data')
		.describe('Folder of the embedded database (ignored with DATABASE_URL)'),
	GIRO_SEED_DEMO: flag
		.default(true)
		.describe('Seed the demo portfolio when the embedded database is empty'),
	GIRO_DEMO_SEED: z.coerce.number().int().default(20261123).describe('Seed of the demo generator'),
	GIRO_SECRET: z
		.string()
		.min(32, 'use pelo menos 32 caracteres aleatórios (ex.: openssl rand -base64 32)')
		.optional()
		.describe(
			'Secret that signs confirmation tokens; when absent one is generated and kept in the database'
		),
	GIRO_MCP_TOKEN: z
		.string()
		.optional()
		.describe(
			'API token the stdio MCP server acts with (its user, its scope); checked by mcp-server/auth.ts'
		),
	ORIGIN: z
		.url({
			protocol: /^https?$/,
			error: 'use a URL pública do app, ex.: https://giro.exemplo.com.br'
		})
		.optional()
		.describe('Public URL of the app (adapter-node reads it too); the login’s base URL'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'use uma URL smtp://usuario:senha@servidor:587 (ou smtps://…:465)')
		.optional()
		.describe(
			'SMTP server for the daily "Seu dia" e-mail; without it the digest shows in the app only'
		),
	GIRO_MAIL_FROM: z
		.string()
		.default('Giro <giro@localhost>')
		.describe('Sender of the digest e-mails'),
	NODE_ENV: z
		.string()
		.optional()
		.describe('`production` turns on Secure cookies when ORIGIN is unset'),
	GIRO_SECURE_COOKIES: flag
		.optional()
		.describe(
			'Secure (HTTPS-only) session cookies; default: true when ORIGIN is https:// or NODE_ENV=production'
		),
	GIRO_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce
		.number()
		.int()
		.min(0)
		.default(10)
		.describe('Login attempts allowed per IP and minute (0 turns the limit off)'),
	LLM_BASE_URL: z
		.url({
			protocol: /^https?$/,
			error: 'use a URL de um servidor compatível com OpenAI, ex.: http://localhost:11434/v1'
		})
		.optional()
		.describe(
			'OpenAI-compatible server for the chat (Ollama, vLLM, LM Studio…); with LLM_MODEL. Absent: OpenAI (with OPENAI_API_KEY) or the offline model'
		),
	LLM_MODEL: z
		.string()
		.min(1)
		.optional()
		.describe(
			'Chat model name, e.g. llama3.1 (with LLM_BASE_URL) or gpt-4o-mini (OpenAI, the default)'
		),
	LLM_API_KEY: z
		.string()
		.optional()
		.describe('API key of the LLM_BASE_URL server, when it asks for one'),
	OPENAI_API_KEY: z
		.string()
		.optional()
		.describe('OpenAI API key: the chat uses OpenAI when set and LLM_BASE_URL is absent'),
	EMBEDDING_MODEL: z
		.string()
		.min(1)
		.optional()
		.describe(
			'Embedding model for the interaction search, e.g. text-embedding-3-small: on LLM_BASE_URL when set, else OpenAI (OPENAI_API_KEY). Absent: the local local-ngram-v1 embedding'
		)
});
export type Env = z.infer<typeof EnvSchema>;

/** Never echoed back in an error message. */
const SECRETS = new Set(['GIRO_SECRET', 'GIRO_MCP_TOKEN', 'LLM_API_KEY', 'OPENAI_API_KEY']);

/** Empty strings mean "not set", as in most .env files. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
	return out;
}

export function parseEnv(env: Record<string, string | undefined> = process.env): Env {
	const parsed = EnvSchema.safeParse(withoutEmpty(env));
	if (parsed.success) return parsed.data;
	const lines = parsed.error.issues.map((issue) => {
		const name = String(issue.path[0]);
		const current = SECRETS.has(name) ? 'oculto' : JSON.stringify(env[name]);
		return `  ${issue.path.join('.')}: ${issue.message} (valor atual: ${current})`;
	});
	throw new Error(`Configuração inválida no ambiente:\n${lines.join('\n')}\nVeja .env.example.`);
}
