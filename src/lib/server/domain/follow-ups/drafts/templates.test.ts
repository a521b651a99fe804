/**
 * The template drafts, for every purpose × channel and for a context rich in facts and one
 * with almost none: every figure and proper name is in the context (`ungroundedFacts` is
 * empty), names and money are formatted the Brazilian way, the channel's shape holds
 * (WhatsApp short, e-mail with subject, phone with bullets and objections), and the tone has
 * no pressure. Also: the grounding check itself catches invented facts.
 */
import { describe, expect, test } from 'vitest';
import {
	DRAFT_CHANNELS,
	DRAFT_PURPOSES,
	draftFacts,
	templateDraft,
	ungroundedFacts,
	type Draft,
	type DraftContext
} from './index.ts';

const RICH: DraftContext = {
	asOf: '2026-11-23',
	customer: {
		customerId: 1,
		name: 'Mercado Bom Preço',
		legalName: 'Bom Preço Comércio de Alimentos Ltda',
		city: 'Campinas',
		uf: 'SP',
		state: 'at_risk',
		repId: 10
	},
	rep: { name: 'Ana Souza', firstName: 'Ana' },
	contact: {
		contactId: 5,
		name: 'Paula Andrade',
		firstName: 'Paula',
		role: 'Compradora',
		email: 'paula@bompreco.test',
		phone: null,
		whatsapp: '+55 19 99999-0001',
		whatsappConsent: true,
		preferredChannel: 'whatsapp'
	},
	purpose: 'commercial',
	purposeInferred: false,
	purposeWhy: 'Objetivo pedido.',
	lastOrder: { date: '2026-10-02', totalCents: 123456, products: ['Arroz 5 kg', 'Feijão 1 kg'] },
	cycle: { days: 21, expectedNext: '2026-10-23', lateDays: 31 },
	opportunity: {
		opportunityId: 3,
		title: 'Contrato anual de arroz',
		stage: 'proposal',
		valueCents: 5000000,
		stageSince: '2026-11-02'
	},
	lastInteractions: [
		{
			date: '2026-11-18',
			channel: 'whatsapp',
			direction: 'outbound',
			summary: 'Cliente ficou de retornar',
			outcome: 'rescheduled'
		},
		{
			date: '2026-11-10',
			channel: 'phone',
			direction: 'inbound',
			summary: 'Reclamação de atraso na entrega',
			outcome: 'answered'
		}
	],
	promise: {
		date: '2026-11-18',
		channel: 'whatsapp',
		direction: 'outbound',
		summary: 'Cliente ficou de retornar',
		outcome: 'rescheduled'
	},
	complaint: {
		date: '2026-11-10',
		channel: 'phone',
		direction: 'inbound',
		summary: 'Reclamação de atraso na entrega',
		outcome: 'answered'
	}
};

const BARE: DraftContext = {
	...RICH,
	customer: { ...RICH.customer, name: 'Empório Novo', legalName: 'Empório Novo Ltda', city: null },
	rep: null,
	contact: null,
	lastOrder: null,
	cycle: null,
	opportunity: null,
	lastInteractions: [],
	promise: null,
	complaint: null
};

const textOf = (d: Draft) =>
	[
		d.subject ?? '',
		d.body,
		...(d.bullets ?? []),
		...(d.objections ?? []).flatMap((o) => [o.objection, o.answer])
	].join('\n');

const PRESSURE =
	/urgente|última chance|ultima chance|imperd[ií]vel|n[aã]o perca|só hoje|corra|!!|garant[ao] o pre[cç]o/i;

const cases = DRAFT_PURPOSES.flatMap((purpose) =>
	DRAFT_CHANNELS.flatMap((channel) =>
		(['rich', 'bare'] as const).map((kind) => [purpose, channel, kind] as const)
	)
);

describe('template drafts', () => {
	test.each(cases)(
		'%s × %s (%s context): only facts from the context',
		(purpose, channel, kind) => {
			const context = { ...(kind === 'rich' ? RICH : BARE), purpose };
			const draft = templateDraft(context, channel);
			expect(draft.channel).toBe(channel);
			expect(ungroundedFacts(textOf(draft), context)).toEqual([]);
			expect(textOf(draft)).not.toMatch(PRESSURE);
			// What the customer reads never offers a discount nobody authorised.
			if (channel !== 'phone') expect(textOf(draft)).not.toMatch(/desconto|promo[cç][aã]o/i);
			expect(textOf(draft)).not.toMatch(/undefined|null|NaN|\$\{/);
			if (channel === 'whatsapp') {
				expect(draft.body.length).toBeLessThan(420);
				expect(draft.body).not.toMatch(/anexo|segue em anexo|\n/i);
				expect(draft.subject).toBeNull();
			}
			if (channel === 'email') {
				expect(draft.subject!.length).toBeGreaterThan(5);
				expect(draft.body).toMatch(/^Olá/);
				expect(draft.body).toMatch(/Atenciosamente/);
			}
			if (channel === 'phone') {
				expect(draft.bullets!.length).toBeGreaterThanOrEqual(3);
				expect(draft.objections!.length).toBeGreaterThanOrEqual(2);
				for (const o of draft.objections!) expect(o.answer.length).toBeGreaterThan(20);
			}
			expect(templateDraft(context, channel)).toEqual(draft); // deterministic
		}
	);

	test('names and money are formatted the Brazilian way', () => {
		const whatsapp = templateDraft({ ...RICH, purpose: 'commercial' }, 'whatsapp');
		expect(whatsapp.body).toMatch(
			/^(Olá|Oi), Paula[!,].*Aqui é Ana Souza, d[oa] (equipe )?comercial\./
		);
		expect(whatsapp.body).toMatch(/combina(mos|do).* 18\/11\/2026/);
		// The deal is named as a phrase ("o contrato anual de arroz"), never pasted as a title.
		expect(whatsapp.body).toContain('o contrato anual de arroz');
		expect(whatsapp.body).not.toContain('Contrato anual de arroz');
		expect(whatsapp.body).toContain('02/11/2026');
		const script = templateDraft({ ...RICH, purpose: 'reactivation' }, 'phone');
		expect(script.body).toContain(
			'última compra em 02/10/2026 (R$ 1.234,56): Arroz 5 kg e Feijão 1 kg.'
		);
		expect(script.body).toContain('Contrato anual de arroz (R$ 50.000,00), etapa Proposta enviada');
		expect(script.body).toContain('a compra esperada era em 23/10/2026 (31 dias de atraso)');
		expect(script.bullets![0]).toContain('Paula Andrade (Compradora)');
		const mail = templateDraft({ ...RICH, purpose: 'post_sale' }, 'email');
		expect(mail.subject).toBe('Seu pedido de 02/10/2026 — Mercado Bom Preço');
		expect(mail.body).toMatch(/^Olá, Paula,\n\n/);
		expect(mail.body).toMatch(/Atenciosamente,\nAna Souza$/);
		expect(mail.body).toContain('pedido de 02/10/2026');
		expect(mail.body).toContain('Arroz 5 kg');
		// The complaint is named by what it was about and its date, not quoted.
		const service = templateDraft({ ...RICH, purpose: 'service' }, 'whatsapp');
		expect(service.body).toContain('o atraso na entrega');
		expect(service.body).toContain('10/11/2026');
		expect(service.body).not.toContain('Reclamação de atraso');
		expect(service.body).not.toContain('o ponto que vocês nos trouxeram');
		// Reactivation says how long since the last order and what it was.
		const back = templateDraft({ ...RICH, purpose: 'reactivation' }, 'whatsapp');
		expect(back.body).toMatch(/há 52 dias|em 02\/10\/2026/);
		expect(back.body).toContain('Arroz 5 kg');
	});

	test('without a contact, a rep or any history, the draft stays generic and correct', () => {
		const whatsapp = templateDraft({ ...BARE, purpose: 'reactivation' }, 'whatsapp');
		expect(whatsapp.body).toMatch(
			/^(Olá! Tudo bem\?|Oi, tudo bem\?) Faz um tempo que não conversamos\. Queria/
		);
		const mail = templateDraft({ ...BARE, purpose: 'post_sale' }, 'email');
		expect(mail.subject).toBe('Pós-venda — Empório Novo');
	});

	test('every wording (customers 1 to 40), purpose × channel: grounded, short WhatsApp, no pressure', () => {
		const seen = new Set<string>();
		for (let customerId = 1; customerId <= 40; customerId++)
			for (const purpose of DRAFT_PURPOSES)
				for (const base of [RICH, BARE, { ...RICH, promise: null, opportunity: null }])
					for (const channel of DRAFT_CHANNELS) {
						const context = { ...base, purpose, customer: { ...base.customer, customerId } };
						const draft = templateDraft(context, channel);
						seen.add(draft.body);
						expect(ungroundedFacts(textOf(draft), context), draft.body).toEqual([]);
						expect(textOf(draft)).not.toMatch(PRESSURE);
						expect(textOf(draft)).not.toMatch(/undefined|null|NaN|\$\{| {2}/);
						if (channel === 'whatsapp') expect(draft.body.length).toBeLessThan(420);
					}
		// The wordings really differ between customers.
		expect(seen.size).toBeGreaterThan(150);
	});
});

describe('ungroundedFacts', () => {
	test('catches invented money, dates, numbers and names', () => {
		const invented =
			'Olá, Paula! Aqui é Carlos Mendes. Seu pedido de R$ 9.999,00 sai em 30/11/2026 com 15% de desconto, ' +
			'e o Arroz 5 kg chega dia 12/12. Vocês compram a cada 22 dias; Fulano da Silva confirmou.';
		expect(ungroundedFacts(invented, RICH)).toEqual([
			'R$ 9.999,00',
			'30/11/2026',
			'12/12',
			'15',
			'22',
			'Carlos',
			'Mendes',
			'Fulano',
			'Silva'
		]);
	});

	test('accepts the facts of the context, in any order and case of accents', () => {
		const grounded =
			'Paula, o pedido de 02/10/2026 (R$ 1.234,56) de Arroz 5 kg chegou? Vocês compram a cada 21 dias. ' +
			'Conforme combinamos em 18/11, sigo à disposição. Mercado Bom Preço, Campinas/SP. Ana Souza';
		expect(ungroundedFacts(grounded, RICH)).toEqual([]);
	});

	test('money must match exactly: a prefix of a known amount is not the amount', () => {
		expect(ungroundedFacts('A proposta de R$ 50 mil.', RICH)).toEqual(['R$ 50']);
		expect(draftFacts(RICH)).toContain('R$ 50.000,00');
	});

	test('the day of a known date is not a known number of days', () => {
		expect(ungroundedFacts('São 18 dias sem pedido.', RICH)).toEqual(['18']);
	});
});
