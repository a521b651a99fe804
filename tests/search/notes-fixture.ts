/**
 * The tool fixture (tests/tools/fixture.ts: Ana's customers 1–5 and 9, Bruno's 6–8, manager
 * Carla) plus notes with known topics, for the search tests. Ana's and Bruno's notes share
 * the same words, so any leak across portfolios would show.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { interactions } from '#lib/server/db/schema.ts';
import { seedFixture, type Fixture } from '../tools/fixture.ts';

const at = (date: string) => new Date(`${date}T10:00:00-03:00`);

export const NOTES = {
	/** Ana, customer 1, phone, October. */
	anaDelay: {
		customerId: 1,
		channel: 'phone',
		day: '2026-10-05',
		summary: 'Reclamação de atraso na entrega',
		notes: 'Paula reclamou do atraso na entrega do arroz; a carga prevista para 02/10 não chegou.'
	},
	/** Ana, customer 2, WhatsApp, November. */
	anaLate: {
		customerId: 2,
		channel: 'whatsapp',
		day: '2026-11-10',
		summary: 'Cliente cobrou entrega atrasada',
		notes: 'entrega atrasou de novo, Marcos disse que se repetir vai procurar outro fornecedor'
	},
	/** Ana, customer 3, e-mail, September: price. */
	anaPrice: {
		customerId: 3,
		channel: 'email',
		day: '2026-09-15',
		summary: 'Reclamação de preço',
		notes: 'Rita achou o preço alto do óleo nesta tabela. Pediu para revermos a condição.'
	},
	/** Bruno, customer 7: the same complaint — Ana must never see it. */
	brunoDelay: {
		customerId: 7,
		channel: 'phone',
		day: '2026-10-20',
		summary: 'Reclamação de atraso na entrega',
		notes: 'Tânia reclamou do atraso na entrega no Atacado Norte, pedido ainda não chegou.'
	}
} as const;

export type NoteKey = keyof typeof NOTES;

export async function seedNotes(
	db: GiroDatabase
): Promise<{ fx: Fixture; ids: Record<NoteKey, number> }> {
	const fx = await seedFixture(db);
	const ids = {} as Record<NoteKey, number>;
	for (const [key, n] of Object.entries(NOTES) as [NoteKey, (typeof NOTES)[NoteKey]][]) {
		const [row] = await db.orm
			.insert(interactions)
			.values({
				customerId: n.customerId,
				repId: n.customerId === 7 ? 11 : 10,
				channel: n.channel,
				occurredAt: at(n.day),
				summary: n.summary,
				notes: n.notes
			})
			.returning({ id: interactions.id });
		ids[key] = row.id;
	}
	return { fx, ids };
}
