/**
 * Customers (clientes) from an ERP customer list: code, razão social, fantasia, CNPJ/CPF,
 * segment, city/UF, country and owning rep. Upserted by ERP code; a CNPJ already held by
 * another code is an error (customers_cnpj_unique), and so is the same CNPJ twice in the file.
 *
 * The database keeps a CNPJ only (14 characters, digits). A valid CPF (a person buying, such
 * as a rural producer) is accepted with a warning and not stored; an alphanumeric CNPJ (valid
 * from July 2026) is rejected until the column's check constraint accepts letters.
 */
import type { TaxId } from '../tax-id.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';
import type { FieldSpec } from './field-spec.ts';
import type { FlatTarget } from '../flat-writer.ts';

export const CUSTOMER_CODE_SYNONYMS = [
	'código do cliente',
	'cód. cliente',
	'cod cliente',
	'codcli',
	'cd_cliente',
	'id cliente',
	'cliente id',
	'customer id',
	'customerid',
	'customer code',
	'customer'
];

const fields: FieldSpec[] = [
	{
		name: 'erpCode',
		label: 'Código do cliente',
		kind: 'code',
		required: true,
		synonyms: [...CUSTOMER_CODE_SYNONYMS, 'código', 'cód.', 'codigo erp', 'erp code', 'id']
	},
	{
		name: 'legalName',
		label: 'Razão social',
		kind: 'text',
		required: true,
		synonyms: [
			'razão social',
			'razao',
			'nome',
			'nome do cliente',
			'nome cliente',
			'legal name',
			'company name',
			'customer name',
			'name'
		]
	},
	{
		name: 'tradeName',
		label: 'Nome fantasia',
		kind: 'text',
		synonyms: ['nome fantasia', 'fantasia', 'n fantasia', 'nome reduzido', 'apelido', 'trade name']
	},
	{
		name: 'taxId',
		label: 'CNPJ/CPF',
		kind: 'taxId',
		synonyms: ['cnpj', 'cpf', 'cnpj/cpf', 'cpf/cnpj', 'cnpj ou cpf', 'cgc', 'documento', 'tax id']
	},
	{
		name: 'segment',
		label: 'Segmento',
		kind: 'text',
		synonyms: ['segmento', 'ramo', 'ramo de atividade', 'atividade', 'segment', 'industry']
	},
	{ name: 'city', label: 'Cidade', kind: 'text', synonyms: ['cidade', 'município', 'city'] },
	{ name: 'uf', label: 'UF', kind: 'uf', synonyms: ['uf', 'estado', 'est', 'state'] },
	{ name: 'country', label: 'País', kind: 'text', synonyms: ['país', 'country'] },
	{
		name: 'rep',
		label: 'Vendedor',
		kind: 'text',
		synonyms: [
			'vendedor',
			'cód. vendedor',
			'representante',
			'consultor',
			'rep',
			'sales rep',
			'salesperson'
		],
		help: 'código no ERP, e-mail ou nome de um usuário do Giro'
	}
];

const COLUMN_OF: Record<string, string> = {
	legalName: 'legal_name',
	tradeName: 'trade_name',
	taxId: 'cnpj',
	segment: 'segment',
	city: 'city',
	uf: 'uf',
	country: 'country',
	rep: 'rep_id'
};

export const CUSTOMERS_TARGET: FlatTarget = {
	table: 'customers',
	key: 'erp_code',
	columns: {
		legal_name: 'text',
		trade_name: 'text',
		cnpj: 'text',
		segment: 'text',
		city: 'text',
		uf: 'text',
		country: 'text',
		rep_id: 'int'
	},
	touch: ['updated_at']
};

export const customersSpec: EntitySpec = {
	name: 'customers',
	label: 'Clientes',
	fields,
	needs: ['customers', 'users'],
	build(row, ctx) {
		const record: Record<string, unknown> = {
			erp_code: text(row, 'erpCode'),
			legal_name: text(row, 'legalName'),
			trade_name: text(row, 'tradeName'),
			segment: text(row, 'segment'),
			city: text(row, 'city'),
			uf: text(row, 'uf'),
			country: text(row, 'country') ?? 'BR',
			cnpj: null,
			rep_id: null
		};
		const taxId = row.value('taxId') as TaxId | null | undefined;
		if (taxId?.kind === 'cpf') {
			ctx.warn(
				'taxId',
				'CPF válido, mas o Giro guarda só CNPJ de cliente: o campo fica vazio',
				taxId.value
			);
		} else if (taxId && /[A-Z]/.test(taxId.value)) {
			ctx.error(
				'taxId',
				'CNPJ alfanumérico válido, mas o banco ainda aceita só CNPJ numérico',
				taxId.value
			);
			return null;
		} else if (taxId) record.cnpj = taxId.value;
		const rep = text(row, 'rep');
		if (rep) {
			record.rep_id = ctx.lookups.user(rep);
			if (record.rep_id === null) {
				ctx.warn(
					'rep',
					`vendedor "${rep}" não encontrado entre os usuários: o cliente fica sem vendedor`,
					rep
				);
			}
		}
		return record;
	},
	handler(mapped, options) {
		const byCnpj = new Map<string, { code: string; line: number }>();
		void options;
		return flatHandler({
			target: CUSTOMERS_TARGET,
			columns: [...mapped].map((f) => COLUMN_OF[f]).filter(Boolean),
			keyField: 'erpCode',
			keyLabel: 'código de cliente',
			extraCheck(record, row, ctx) {
				const cnpj = record.cnpj as string | null;
				if (!cnpj) return;
				const code = String(record.erp_code);
				const owner = ctx.lookups.customerByCnpj.get(cnpj);
				if (owner !== undefined && owner !== code) {
					ctx.error('taxId', `CNPJ já cadastrado para o cliente de código "${owner}"`, cnpj);
				}
				const earlier = byCnpj.get(cnpj);
				if (earlier && earlier.code !== code) {
					ctx.error(
						'taxId',
						`CNPJ repetido: já aparece na linha ${earlier.line} (cliente "${earlier.code}")`,
						cnpj
					);
				} else byCnpj.set(cnpj, { code, line: row.at.line });
			}
		});
	}
};
