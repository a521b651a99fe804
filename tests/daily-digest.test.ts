/**
 * "Seu dia" by e-mail (issue #15, item 6): built for Ana on the tool fixture and delivered
 * through nodemailer to a real SMTP server started here (npm `smtp-server`) on 127.0.0.1; the
 * received message is parsed (mailparser) and checked: pt-BR, links to her customers, nothing
 * of Bruno's portfolio. The first open of a day shows it once.
 */
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { buildDigest, firstOpenOfDay } from '#lib/server/domain/follow-ups/daily-digest.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { sendDigest } from '#lib/server/mail/send-digest.ts';
import { freshPglite } from './support/databases.ts';
import { ANA, AS_OF, BRUNO_CUSTOMERS, BRUNO_WORDS, seedFixture } from './tools/fixture.ts';

let db: GiroDatabase;
let server: SMTPServer;
let port = 0;
const received: Buffer[] = [];

beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push(Buffer.concat(chunks));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server?.close(() => resolve()));
	await db?.close();
});

test("Ana's day reaches a real SMTP server: pt-BR, links to her customers, none of Bruno's", async () => {
	const digest = await buildDigest(db, {
		user: { id: ANA, name: 'Ana Souza' },
		asOf: AS_OF,
		config: DEFAULT_ENGINE_CONFIG,
		origin: 'https://giro.example.com'
	});
	await sendDigest(`smtp://127.0.0.1:${port}`, {
		from: 'Giro <giro@example.com>',
		to: 'ana.souza@giro.demo',
		digest
	});
	expect(received).toHaveLength(1);
	const mail = await simpleParser(received[0]);
	expect(mail.subject).toMatch(
		/^Seu dia no Giro — 23\/11\/2026: \d+ follow-ups, \d+ clientes, \d+ negociações$/
	);
	expect(mail.text).toContain('Bom dia, Ana! Seu dia em 23/11/2026:');
	expect(mail.text).toContain('Follow-ups atrasados e de hoje:');
	expect(mail.text).toMatch(/atrasado desde \d{2}\/\d{2}\/2026/);
	expect(mail.text).toContain('Agenda completa: https://giro.example.com/agenda');
	const links = [
		...(mail.html || '').matchAll(/href="https:\/\/giro\.example\.com\/clientes\/(\d+)"/g)
	].map((m) => Number(m[1]));
	expect(links.length).toBeGreaterThan(0);
	for (const id of links) expect(BRUNO_CUSTOMERS).not.toContain(id);
	for (const word of BRUNO_WORDS) {
		expect(mail.text).not.toContain(word);
		expect(mail.html || '').not.toContain(word);
	}
});

test('"Seu dia" shows on the first open of each day only', async () => {
	expect(await firstOpenOfDay(db, ANA, AS_OF)).toBe(true);
	expect(await firstOpenOfDay(db, ANA, AS_OF)).toBe(false);
	expect(await firstOpenOfDay(db, ANA, '2026-11-24')).toBe(true);
});
