/**
 * Interactions (interações): calls, e-mails, WhatsApp messages, visits and meetings with a
 * customer, from a CRM export. Upserted by their id; without an id column, by customer + when +
 * channel + summary. Imported rows are marked `created_by = 'import'`.
 */
import type { FlatTarget } from '../flat-writer.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';
import {
	contactField,
	customerField,
	derivedKey,
	knownCustomer,
	opportunityField,
	ownedReference,
	rep,
	repField
} from './references.ts';
import { CHANNEL, DIRECTION, OUTCOME } from './vocabulary.ts';

const TARGET: FlatTarget = {
	table: 'interactions',
	key: 'external_id',
	columns: {
		rep_id: 'int',
		channel: 'text',
		direction: 'text',
		occurred_at: 'timestamptz',
		summary: 'text',
		notes: 'text',
		outcome: 'text'
	},
	references: [
		{ column: 'customer_id', from: 'customer_code', table: 'customers', by: 'erp_code' },
		{ column: 'contact_id', from: 'contact_code', table: 'contacts', by: 'external_id' },
		{
			column: 'opportunity_id',
			from: 'opportunity_code',
			table: 'opportunities',
			by: 'external_id'
		}
	],
	insertOnly: { created_by: "'import'" }
};

const COLUMN_OF: Record<string, string> = {
	rep: 'rep_id',
	channel: 'channel',
	direction: 'direction',
	occurredAt: 'occurred_at',
	summary: 'summary',
	notes: 'notes',
	outcome: 'outcome'
};

export const interactionsSpec: EntitySpec = {
	name: 'interactions',
	label: 'Interações',
	fields: [
		{
			name: 'externalId',
			label: 'Código da interação',
			kind: 'code',
			synonyms: [
				'código da interação',
				'id interação',
				'id atividade',
				'cód. atividade',
				'interaction id',
				'activity id',
				'código',
				'id'
			]
		},
		customerField,
		contactField,
		repField(),
		opportunityField,
		{
			name: 'channel',
			label: 'Canal',
			kind: CHANNEL,
			required: true,
			synonyms: ['canal', 'tipo', 'meio', 'tipo de contato', 'channel', 'type']
		},
		{
			name: 'direction',
			label: 'Direção',
			kind: DIRECTION,
			synonyms: ['direção', 'sentido', 'origem', 'direction']
		},
		{
			name: 'occurredAt',
			label: 'Data/hora',
			kind: 'datetime',
			required: true,
			synonyms: [
				'data/hora',
				'data e hora',
				'data',
				'quando',
				'data do contato',
				'data da interação',
				'occurred at',
				'date',
				'datetime'
			]
		},
		{
			name: 'summary',
			label: 'Resumo',
			kind: 'text',
			required: true,
			synonyms: ['resumo', 'assunto', 'título', 'summary', 'subject']
		},
		{
			name: 'notes',
			label: 'Observações',
			kind: 'text',
			synonyms: [
				'observações',
				'observação',
				'obs',
				'notas',
				'anotações',
				'detalhes',
				'descrição',
				'notes',
				'comments'
			]
		},
		{
			name: 'outcome',
			label: 'Resultado',
			kind: OUTCOME,
			synonyms: ['resultado', 'desfecho', 'outcome', 'result']
		}
	],
	needs: ['customers', 'users', 'contacts', 'opportunities'],
	build(row, ctx) {
		const customer = knownCustomer(row, ctx);
		const occurredAt = text(row, 'occurredAt');
		const channel = text(row, 'channel');
		const summary = text(row, 'summary');
		return {
			external_id:
				text(row, 'externalId') ?? derivedKey('interacao', customer, occurredAt, channel, summary),
			customer_code: customer,
			contact_code: ownedReference(row, ctx, 'contact', customer),
			opportunity_code: ownedReference(row, ctx, 'opportunity', customer),
			rep_id: rep(row, ctx, false),
			channel,
			direction: text(row, 'direction') ?? 'outbound',
			occurred_at: occurredAt,
			summary,
			notes: text(row, 'notes'),
			outcome: text(row, 'outcome')
		};
	},
	handler: (mapped) =>
		flatHandler({
			target: {
				...TARGET,
				references: TARGET.references!.filter(
					(r) =>
						r.column === 'customer_id' ||
						(r.column === 'contact_id' && mapped.has('contact')) ||
						(r.column === 'opportunity_id' && mapped.has('opportunity'))
				)
			},
			columns: [...mapped].map((f) => COLUMN_OF[f]).filter(Boolean),
			keyField: 'externalId',
			keyLabel: 'interação'
		})
};
