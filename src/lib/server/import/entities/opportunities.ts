/**
 * Opportunities (oportunidades, negociações) from a CRM pipeline export: title, value, stage and
 * when it entered that stage (stalled deals are measured from it), expected close, agreed
 * return date, lost reason. Upserted by their id; without one, by customer + title.
 */
import { toScaled } from '../parse-values.ts';
import type { FlatTarget } from '../flat-writer.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';
import { customerField, derivedKey, knownCustomer, rep, repField } from './references.ts';
import { STAGE } from './vocabulary.ts';

const TARGET: FlatTarget = {
	table: 'opportunities',
	key: 'external_id',
	columns: {
		rep_id: 'int',
		title: 'text',
		value_cents: 'bigint',
		stage: 'text',
		stage_changed_at: 'timestamptz',
		last_activity_at: 'timestamptz',
		expected_close: 'date',
		agreed_return_date: 'date',
		lost_reason: 'text'
	},
	references: [{ column: 'customer_id', from: 'customer_code', table: 'customers', by: 'erp_code' }]
};

const COLUMN_OF: Record<string, string> = {
	rep: 'rep_id',
	title: 'title',
	value: 'value_cents',
	stage: 'stage',
	stageChangedAt: 'stage_changed_at',
	lastActivityAt: 'last_activity_at',
	expectedClose: 'expected_close',
	agreedReturnDate: 'agreed_return_date',
	lostReason: 'lost_reason'
};

export const opportunitiesSpec: EntitySpec = {
	name: 'opportunities',
	label: 'Oportunidades',
	fields: [
		{
			name: 'externalId',
			label: 'Código da oportunidade',
			kind: 'code',
			synonyms: [
				'código da oportunidade',
				'cód. oportunidade',
				'id oportunidade',
				'opportunity id',
				'deal id',
				'código',
				'id'
			]
		},
		customerField,
		repField(),
		{
			name: 'title',
			label: 'Título',
			kind: 'text',
			required: true,
			synonyms: [
				'título',
				'oportunidade',
				'negociação',
				'nome',
				'descrição',
				'title',
				'deal name',
				'name'
			]
		},
		{
			name: 'value',
			label: 'Valor (R$)',
			kind: 'decimal',
			required: true,
			synonyms: [
				'valor',
				'valor estimado',
				'valor total',
				'vlr',
				'vlr total',
				'value',
				'amount',
				'deal value'
			]
		},
		{
			name: 'stage',
			label: 'Etapa',
			kind: STAGE,
			required: true,
			synonyms: ['etapa', 'estágio', 'fase', 'status', 'stage']
		},
		{
			name: 'stageChangedAt',
			label: 'Na etapa desde',
			kind: 'datetime',
			required: true,
			synonyms: [
				'na etapa desde',
				'data da etapa',
				'mudança de etapa',
				'etapa desde',
				'data do estágio',
				'stage changed at',
				'stage change date'
			]
		},
		{
			name: 'lastActivityAt',
			label: 'Última atividade',
			kind: 'datetime',
			synonyms: [
				'última atividade',
				'data da última atividade',
				'last activity',
				'last activity at'
			]
		},
		{
			name: 'expectedClose',
			label: 'Previsão de fechamento',
			kind: 'date',
			synonyms: [
				'previsão de fechamento',
				'fechamento previsto',
				'previsão',
				'expected close',
				'close date',
				'expected close date'
			]
		},
		{
			name: 'agreedReturnDate',
			label: 'Retorno combinado',
			kind: 'date',
			synonyms: ['retorno combinado', 'data de retorno', 'data do retorno', 'agreed return date']
		},
		{
			name: 'lostReason',
			label: 'Motivo da perda',
			kind: 'text',
			synonyms: ['motivo da perda', 'motivo perda', 'lost reason']
		}
	],
	needs: ['customers', 'users'],
	build(row, ctx) {
		const customer = knownCustomer(row, ctx);
		const value = row.value('value') as string | null;
		if (value?.startsWith('-')) ctx.error('value', 'valor negativo', value);
		return {
			external_id:
				text(row, 'externalId') ?? derivedKey('oportunidade', customer, text(row, 'title')),
			customer_code: customer,
			rep_id: rep(row, ctx, false),
			title: text(row, 'title'),
			value_cents: value === null || value === undefined ? 0 : Number(toScaled(value, 2)),
			stage: text(row, 'stage'),
			stage_changed_at: text(row, 'stageChangedAt'),
			last_activity_at: text(row, 'lastActivityAt'),
			expected_close: text(row, 'expectedClose'),
			agreed_return_date: text(row, 'agreedReturnDate'),
			lost_reason: text(row, 'lostReason')
		};
	},
	handler: (mapped) =>
		flatHandler({
			target: TARGET,
			columns: [...mapped].map((f) => COLUMN_OF[f]).filter(Boolean),
			keyField: 'externalId',
			keyLabel: 'oportunidade'
		})
};
