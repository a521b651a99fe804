/**
 * draft_follow_up on the tool fixture, on PGlite and on a PostgreSQL server: a WhatsApp for a
 * contact who consented (wa.me link with normalised digits), a refusal that offers e-mail or
 * phone for one who did not, an e-mail with its mailto link, a phone script with the facts
 * formatted the Brazilian way, the purpose rule, and — for every purpose × channel on real
 * rows — nothing in the draft that is not in the context.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	DRAFT_CHANNELS,
	DRAFT_PURPOSES,
	gatherDraftContext,
	ungroundedFacts
} from '#lib/server/domain/follow-ups/drafts/index.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { draftFollowUp } from '#lib/server/tools/follow-ups/draft-follow-up.ts';
import type { DraftOutput } from '#lib/server/tools/follow-ups/draft-output.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { ana, AS_OF, bruno, seedFixture, type Fixture } from './fixture.ts';

function ok(outcome: ToolOutcome): DraftOutput & { summary: string } {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return { ...(outcome.structured as DraftOutput), summary: outcome.summary };
}

const draftText = (o: DraftOutput) =>
	[
		o.draft.subject ?? '',
		o.draft.body,
		...(o.draft.bullets ?? []),
		...(o.draft.objections ?? []).flatMap((x) => [x.objection, x.answer])
	].join('\n');

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`draft_follow_up on ${name}`, () => {
		let db: GiroDatabase;
		let fx: Fixture;
		beforeAll(async () => {
			db = await open();
			fx = await seedFixture(db);
		});
		afterAll(() => db?.close());

		const draft = (input: Record<string, unknown>) => runTool(draftFollowUp, input, ana(db));

		test('a WhatsApp for a contact who consented, with its wa.me link', async () => {
			const o = ok(await draft({ customerId: 1, channel: 'whatsapp' }));
			expect(o.draft.channel).toBe('whatsapp');
			expect(o.draft.body).toMatch(/^(Olá|Oi), Paula[!,].*Aqui é Ana, d[oa] (equipe )?comercial\./);
			expect(o.draft.body).not.toMatch(/\n|anexo/);
			expect(o.consent).toEqual({
				whatsapp: true,
				refused: false,
				message: null,
				alternatives: ['phone']
			});
			expect(o.links.whatsapp).toBe(
				`https://wa.me/5519999990001?text=${encodeURIComponent(o.draft.body)}`
			);
			expect(o.links.mailto).toBeNull();
			expect(o.writtenBy).toBe('template');
			expect(o.summary).toMatch(/^Rascunho de WhatsApp para Paula \(Mercado Bom Preço\)\./);
			expect(o.summary).toMatch(/nada foi enviado nem registrado/);
		});

		test('no channel asked: the contact’s preferred one (WhatsApp, with consent)', async () => {
			const o = ok(await draft({ customerId: 1 }));
			expect(o.requestedChannel).toBeNull();
			expect(o.draft.channel).toBe('whatsapp');
			expect(o.channelWhy).toMatch(/com consentimento/);
		});

		test('WhatsApp without consent: refused in pt-BR, phone or e-mail offered, no WhatsApp text', async () => {
			const o = ok(await draft({ customerId: 2, channel: 'whatsapp' }));
			expect(o.consent.refused).toBe(true);
			expect(o.consent.whatsapp).toBe(false);
			expect(o.consent.message).toBe(
				'Jorge não autorizou contato por WhatsApp (LGPD), então não preparei mensagem de WhatsApp. ' +
					'Posso preparar por telefone; segue um rascunho por telefone.'
			);
			expect(o.draft.channel).toBe('phone');
			expect(o.links.whatsapp).toBeNull();
			expect(o.links.tel).toBe('tel:+551533330002');
			expect(JSON.stringify(o)).not.toContain('wa.me');
			expect(o.summary).toMatch(/^Jorge não autorizou contato por WhatsApp/);
			// A contact with an e-mail gets the e-mail alternative first.
			const marcos = ok(
				await draft({ customerId: 1, contactId: fx.contacts.marcos, channel: 'whatsapp' })
			);
			expect(marcos.consent.message).toMatch(/Marcos não autorizou.*Posso preparar por e-mail/);
			expect(marcos.draft.channel).toBe('email');
			// No contact at all.
			const none = ok(await draft({ customerId: 9, channel: 'whatsapp' }));
			expect(none.consent.message).toMatch(
				/^Empório Novo não tem contato com consentimento para WhatsApp \(LGPD\)/
			);
			expect(none.context.contact).toBeNull();
			expect(none.draft.body).toMatch(/o responsável por compras/);
		});

		test('an e-mail with subject, body and an encoded mailto link', async () => {
			const o = ok(await draft({ customerId: 1, contactId: fx.contacts.marcos, channel: 'email' }));
			expect(o.draft.subject).toBeTruthy();
			expect(o.draft.body).toMatch(/^Olá, Marcos,\n\n/);
			expect(o.draft.body).toMatch(/Atenciosamente,\nAna$/);
			const link = new URL(o.links.mailto!);
			expect(link.protocol).toBe('mailto:');
			expect(link.pathname).toBe('marcos@bompreco.test');
			expect(link.searchParams.get('subject')).toBe(o.draft.subject);
			expect(link.searchParams.get('body')).toBe(o.draft.body);
			expect(o.links.whatsapp).toBeNull();
		});

		test('a phone script with the facts formatted the Brazilian way', async () => {
			const o = ok(await draft({ customerId: 1, channel: 'phone', purpose: 'commercial' }));
			expect(o.context.purposeWhy).toBe('Objetivo pedido.');
			expect(o.draft.body).toMatch(/^Roteiro de ligação — Mercado Bom Preço\n/);
			expect(o.draft.bullets![0]).toContain('Paula (Compradora)');
			expect(o.draft.body).toContain(
				'última compra em 16/11/2026 (R$ 2.100,00): Arroz 5 kg e Feijão 1 kg.'
			);
			expect(o.draft.body).toContain(
				'costuma comprar a cada 21 dias; próxima compra esperada em 07/12/2026.'
			);
			expect(o.draft.body).toContain(
				'Expansão para a filial (R$ 30.000,00), etapa Proposta enviada desde 19/11/2026'
			);
			expect(o.draft.body).toContain(
				'último contato em 18/11/2026 por WhatsApp: Enviou a tabela nova'
			);
			expect(o.draft.objections!.length).toBeGreaterThanOrEqual(2);
			expect(o.context.lastOrder).toEqual({
				date: '16/11/2026',
				total: 'R$ 2.100,00',
				products: ['Arroz 5 kg', 'Feijão 1 kg']
			});
		});

		test('the purpose rule: open deal ⇒ commercial, stopped ⇒ reactivation, complaint ⇒ service', async () => {
			expect(ok(await draft({ customerId: 1 })).context.purpose).toBe('commercial');
			const stopped = ok(await draft({ customerId: 2 }));
			expect(stopped.context.purpose).toBe('reactivation');
			// Customer 2 has a due reactivation follow-up: the draft answers it and keeps its purpose.
			expect(stopped.context.purposeWhy).toMatch(/follow-up agendado para \d{2}\/11\/2026/);
			expect(stopped.followUp).toMatchObject({ purpose: 'reactivation' });
			expect(ok(await draft({ customerId: 9 })).context.purpose).toBe('commercial');
			await db.orm.execute(sql`
				insert into interactions (customer_id, rep_id, channel, direction, occurred_at, summary)
				values (3, 10, 'phone', 'inbound', '2026-11-20T10:00:00-03:00', 'Reclamação de atraso na entrega')`);
			const complaint = ok(await draft({ customerId: 3, channel: 'whatsapp' }));
			expect(complaint.context.purpose).toBe('service');
			expect(complaint.context.complaint?.date).toBe('20/11/2026');
			expect(complaint.consent.refused).toBe(true); // Rita gave no consent
		});

		test.each(DRAFT_PURPOSES)(
			'%s: in every channel, every fact of the draft is in the context',
			async (purpose) => {
				for (const customerId of [1, 2, 3, 5, 9])
					for (const channel of DRAFT_CHANNELS) {
						const o = ok(await draft({ customerId, channel, purpose }));
						const context = (await gatherDraftContext(db, {
							customerId,
							purpose,
							asOf: AS_OF,
							config: DEFAULT_ENGINE_CONFIG
						}))!;
						expect(ungroundedFacts(draftText(o), context), `${customerId} ${channel}`).toEqual([]);
					}
			}
		);

		test("a rep cannot draft for another rep's customer, nor with another customer's contact", async () => {
			const foreign = await draft({ customerId: 6 });
			expect(foreign).toMatchObject({ ok: false, code: 'not_in_portfolio' });
			const contact = await draft({ customerId: 1, contactId: fx.contacts.sergio });
			expect(contact).toMatchObject({ ok: false, code: 'not_found' });
			expect((contact as { message: string }).message).toMatch(/não é deste cliente/);
			expect(
				ok(await runTool(draftFollowUp, { customerId: 6 }, bruno(db))).context.customerName
			).toBe('Padaria São Jorge');
		});
	});
}
