/**
 * Checks of what a row points at: its customer, rep, contact and opportunity must already be
 * in Giro (or, for the customer of an order, be created when asked). Each failure is an error
 * at that row's line saying what to import first.
 */
import { CUSTOMER_CODE_SYNONYMS } from './customers.ts';
import type { BuildContext, RowInput } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import type { FieldSpec } from './field-spec.ts';

export const customerField: FieldSpec = {
	name: 'customerCode',
	label: 'Código do cliente',
	kind: 'code',
	required: true,
	synonyms: [...CUSTOMER_CODE_SYNONYMS, 'cliente', 'código cliente']
};

export const repField = (required = false): FieldSpec => ({
	name: 'rep',
	label: 'Vendedor',
	kind: 'text',
	required,
	synonyms: [
		'vendedor',
		'cód. vendedor',
		'representante',
		'responsável',
		'usuário',
		'consultor',
		'rep',
		'owner',
		'sales rep'
	],
	help: 'código no ERP, e-mail ou nome de um usuário do Giro'
});

export const contactField: FieldSpec = {
	name: 'contact',
	label: 'Código do contato',
	kind: 'code',
	synonyms: ['código do contato', 'cód. contato', 'id contato', 'contato id', 'contact id']
};

export const opportunityField: FieldSpec = {
	name: 'opportunity',
	label: 'Código da oportunidade',
	kind: 'code',
	synonyms: [
		'código da oportunidade',
		'cód. oportunidade',
		'id oportunidade',
		'oportunidade id',
		'opportunity id',
		'deal id'
	]
};

export function knownCustomer(row: RowInput, ctx: BuildContext): string | null {
	const code = text(row, 'customerCode');
	if (code && !ctx.lookups.customers.has(code)) {
		ctx.error('customerCode', `cliente "${code}" não cadastrado: importe os clientes antes`, code);
		return null;
	}
	return code;
}

export function rep(row: RowInput, ctx: BuildContext, required: boolean): number | null {
	const name = text(row, 'rep');
	if (!name) return null;
	const id = ctx.lookups.user(name);
	if (id === null) {
		if (required)
			ctx.error('rep', `vendedor "${name}" não encontrado entre os usuários do Giro`, name);
		else
			ctx.warn(
				'rep',
				`vendedor "${name}" não encontrado entre os usuários: fica sem vendedor`,
				name
			);
	}
	return id;
}

/** A contact or opportunity code, which must exist and belong to the row's customer. */
export function ownedReference(
	row: RowInput,
	ctx: BuildContext,
	field: 'contact' | 'opportunity',
	customer: string | null
): string | null {
	const code = text(row, field);
	if (!code) return null;
	const owners = field === 'contact' ? ctx.lookups.contacts : ctx.lookups.opportunities;
	const what = field === 'contact' ? 'contato' : 'oportunidade';
	const owner = owners.get(code);
	if (owner === undefined) {
		ctx.error(
			field,
			`${what} "${code}" não cadastrado(a): importe ${field === 'contact' ? 'os contatos' : 'as oportunidades'} antes`,
			code
		);
	} else if (customer && owner !== customer) {
		ctx.error(field, `${what} "${code}" é do cliente "${owner}", não de "${customer}"`, code);
	}
	return code;
}

/** Rows without an id column still need a stable key, or a re-import would duplicate them. */
export function derivedKey(prefix: string, ...parts: (string | null | undefined)[]): string {
	return `${prefix}:${parts.map((p) => (p ?? '').trim().toLowerCase()).join(':')}`;
}
