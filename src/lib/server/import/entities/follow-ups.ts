/**
 * Follow-ups (próximos passos) from a CRM task list: customer, rep (required: every follow-up
 * has an owner), due date, channel, purpose, status and attempt. Imported ones are marked
 * `created_by = 'import'`. Dates are taken as they are — history may fall on a weekend; the
 * cadence rules apply to what Giro schedules, not to what already happened.
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
import { CHANNEL, FOLLOW_UP_STATUS, OUTCOME, PURPOSE } from './vocabulary.ts';

const TARGET: FlatTarget = {
	table: 'follow_ups',
	key: 'external_id',
	columns: {
		rep_id: 'int',
		due_date: 'date',
		channel: 'text',
		purpose: 'text',
		status: 'text',
		attempt: 'int',
		note: 'text',
		outcome: 'text',
		completed_at: 'timestamptz'
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
	dueDate: 'due_date',
	channel: 'channel',
	purpose: 'purpose',
	status: 'status',
	attempt: 'attempt',
	note: 'note',
	outcome: 'outcome',
	completedAt: 'completed_at'
};

export const followUpsSpec: EntitySpec = {
	name: 'follow_ups',
	label: 'Follow-ups',
	fields: [
		{
			name: 'externalId',
			label: 'Código do follow-up',
			kind: 'code',
			synonyms: [
				'código do follow-up',
				'id follow-up',
				'id tarefa',
				'cód. tarefa',
				'task id',
				'código',
				'id'
			]
		},
		customerField,
		repField(true),
		contactField,
		opportunityField,
		{
			name: 'dueDate',
			label: 'Data',
			kind: 'date',
			required: true,
			synonyms: [
				'data',
				'vencimento',
				'prazo',
				'data do retorno',
				'data agendada',
				'agendado para',
				'due date',
				'due'
			]
		},
		{
			name: 'channel',
			label: 'Canal',
			kind: CHANNEL,
			required: true,
			synonyms: ['canal', 'meio', 'tipo', 'channel']
		},
		{
			name: 'purpose',
			label: 'Finalidade',
			kind: PURPOSE,
			synonyms: ['finalidade', 'objetivo', 'motivo', 'purpose']
		},
		{ name: 'status', label: 'Situação', kind: FOLLOW_UP_STATUS, synonyms: ['situação', 'status'] },
		{
			name: 'attempt',
			label: 'Tentativa',
			kind: 'integer',
			synonyms: ['tentativa', 'nº da tentativa', 'attempt']
		},
		{
			name: 'note',
			label: 'Observação',
			kind: 'text',
			synonyms: ['observação', 'obs', 'nota', 'anotação', 'note', 'notes']
		},
		{
			name: 'outcome',
			label: 'Resultado',
			kind: OUTCOME,
			synonyms: ['resultado', 'desfecho', 'outcome']
		},
		{
			name: 'completedAt',
			label: 'Concluído em',
			kind: 'datetime',
			synonyms: ['concluído em', 'data de conclusão', 'completed at']
		}
	],
	needs: ['customers', 'users', 'contacts', 'opportunities'],
	build(row, ctx) {
		const customer = knownCustomer(row, ctx);
		const attempt = (row.value('attempt') as number | null | undefined) ?? 1;
		if (attempt < 1 || attempt > 5)
			ctx.error('attempt', 'tentativa deve ser de 1 a 5', String(attempt));
		const dueDate = text(row, 'dueDate');
		const channel = text(row, 'channel');
		return {
			external_id: text(row, 'externalId') ?? derivedKey('follow-up', customer, dueDate, channel),
			customer_code: customer,
			contact_code: ownedReference(row, ctx, 'contact', customer),
			opportunity_code: ownedReference(row, ctx, 'opportunity', customer),
			rep_id: rep(row, ctx, true),
			due_date: dueDate,
			channel,
			purpose: text(row, 'purpose') ?? 'commercial',
			status: text(row, 'status') ?? 'pending',
			attempt,
			note: text(row, 'note'),
			outcome: text(row, 'outcome'),
			completed_at: text(row, 'completedAt')
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
			// rep, purpose and status always go in: the table requires them.
			columns: [...new Set([...mapped, 'rep', 'purpose', 'status'])]
				.map((f) => COLUMN_OF[f])
				.filter(Boolean),
			keyField: 'externalId',
			keyLabel: 'follow-up'
		})
};
