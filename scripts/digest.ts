/**
 * `npm run digest -- [--dry-run] [--user <e-mail>] [--as-of AAAA-MM-DD]`: "Seu dia" for each
 * rep (or one), e-mailed through SMTP_URL; `--dry-run` prints it instead of sending. Links
 * point at ORIGIN (default http://localhost:5173).
 */
import { openGiroDatabase } from '../mcp-server/open-database.ts';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { parseEnv } from '#lib/server/config.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { buildDigest } from '#lib/server/domain/follow-ups/daily-digest.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { sendDigest } from '#lib/server/mail/send-digest.ts';

try {
	const { values } = parseArgs({
		options: {
			'dry-run': { type: 'boolean', default: false },
			user: { type: 'string' },
			'as-of': { type: 'string' }
		}
	});
	const env = parseEnv();
	const asOf = values['as-of'] ?? todayInSaoPaulo(new Date());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
		throw new Error(`--as-of: use AAAA-MM-DD (recebi "${asOf}").`);
	if (!values['dry-run'] && !env.SMTP_URL)
		throw new Error('Defina SMTP_URL para enviar, ou use --dry-run para só mostrar o resumo.');
	// The app's own factory (same migrations, demo seeding on a fresh embedded database) behind
	// the embedded database's process lock: PGlite must never be open in two processes.
	const opened = await openGiroDatabase(env, 'npm run digest');
	const db = opened.db;
	const users = await db.rows<{ id: number; name: string; email: string }>(sql`
		select id, name, email from users
		where role = 'rep' and (${values.user ?? null}::text is null or lower(email) = lower(${values.user ?? null}))
		order by id`);
	if (values.user && users.length === 0)
		throw new Error(`Nenhum vendedor com o e-mail ${values.user}.`);
	for (const user of users) {
		const digest = await buildDigest(db, {
			user,
			asOf,
			config: DEFAULT_ENGINE_CONFIG,
			origin: env.ORIGIN ?? 'http://localhost:5173'
		});
		if (values['dry-run'])
			console.log(`Para: ${user.email}\nAssunto: ${digest.subject}\n\n${digest.text}\n`);
		else {
			await sendDigest(env.SMTP_URL!, { from: env.GIRO_MAIL_FROM, to: user.email, digest });
			console.log(`Enviado para ${user.email}: ${digest.subject}`);
		}
	}
	await opened.close();
} catch (error) {
	console.error(`Falha no resumo diário: ${(error as Error).message}`);
	process.exitCode = 1;
}
