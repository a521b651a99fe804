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
	GIRO_DEMO_SEED: z.coerce.number().int().default(20261123).describe('Seed of the demo generator')
});
export type Env = z.infer<typeof EnvSchema>;

/** Empty strings mean "not set", as in most .env files. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
	return out;
}

export function parseEnv(env: Record<string, string | undefined> = process.env): Env {
	const parsed = EnvSchema.safeParse(withoutEmpty(env));
	if (parsed.success) return parsed.data;
	const lines = parsed.error.issues.map(
		(issue) => `  ${issue.path.join('.')}: ${issue.message} (valor atual: ${JSON.stringify(env[String(issue.path[0])])})`
	);
	throw new Error(`Configuração inválida no ambiente:\n${lines.join('\n')}\nVeja .env.example.`);
}
