/**
 * Contacts (contatos): people at a customer, with phone, WhatsApp and the LGPD opt-in for it.
 * Upserted by the contact's code; a sheet without codes is keyed by customer + e-mail (or
 * name), so importing it again updates the same people instead of duplicating them.
 */
import type { FlatTarget } from '../flat-writer.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';
import { derivedKey, knownCustomer, customerField } from './references.ts';
import { CHANNEL } from './vocabulary.ts';

const TARGET: FlatTarget = {
	table: 'contacts',
	key: 'external_id',
	columns: {
		name: 'text',
		role: 'text',
		email: 'text',
		phone: 'text',
		whatsapp: 'text',
		whatsapp_consent: 'boolean',
		whatsapp_consent_at: 'timestamptz',
		preferred_channel: 'text',
		is_primary: 'boolean'
	},
	references: [{ column: 'customer_id', from: 'customer_code', table: 'customers', by: 'erp_code' }]
};

const COLUMN_OF: Record<string, string> = {
	name: 'name',
	role: 'role',
	email: 'email',
	phone: 'phone',
	whatsapp: 'whatsapp',
	whatsappConsent: 'whatsapp_consent',
	whatsappConsentAt: 'whatsapp_consent_at',
	preferredChannel: 'preferred_channel',
	isPrimary: 'is_primary'
};

export const contactsSpec: EntitySpec = {
	name: 'contacts',
	label: 'Contatos',
	fields: [
		{
			name: 'externalId',
			label: 'Código do contato',
			kind: 'code',
			synonyms: ['código do contato', 'cód. contato', 'id contato', 'contact id', 'código', 'id']
		},
		customerField,
		{
			name: 'name',
			label: 'Nome',
			kind: 'text',
			required: true,
			synonyms: ['nome', 'contato', 'nome do contato', 'name', 'contact name']
		},
		{
			name: 'role',
			label: 'Cargo',
			kind: 'text',
			synonyms: ['cargo', 'função', 'role', 'title', 'job title']
		},
		{
			name: 'email',
			label: 'E-mail',
			kind: 'email',
			synonyms: ['e-mail', 'email', 'e-mail do contato', 'mail']
		},
		{
			name: 'phone',
			label: 'Telefone',
			kind: 'phone',
			synonyms: ['telefone', 'fone', 'tel', 'telefone fixo', 'phone']
		},
		{
			name: 'whatsapp',
			label: 'WhatsApp',
			kind: 'phone',
			synonyms: ['whatsapp', 'celular', 'whats', 'cel', 'mobile']
		},
		{
			name: 'whatsappConsent',
			label: 'Consentimento WhatsApp',
			kind: 'boolean',
			synonyms: [
				'consentimento whatsapp',
				'opt-in whatsapp',
				'aceita whatsapp',
				'autoriza whatsapp',
				'consentimento',
				'opt-in',
				'lgpd',
				'whatsapp consent'
			]
		},
		{
			name: 'whatsappConsentAt',
			label: 'Data do consentimento',
			kind: 'datetime',
			synonyms: ['data do consentimento', 'consentimento em', 'data consentimento', 'consent date']
		},
		{
			name: 'preferredChannel',
			label: 'Canal preferido',
			kind: CHANNEL,
			synonyms: ['canal preferido', 'canal', 'preferred channel']
		},
		{
			name: 'isPrimary',
			label: 'Contato principal',
			kind: 'boolean',
			synonyms: ['principal', 'contato principal', 'primary', 'is primary']
		}
	],
	needs: ['customers'],
	build(row, ctx) {
		const customer = knownCustomer(row, ctx);
		const consent = row.value('whatsappConsent') === true;
		const whatsapp = text(row, 'whatsapp');
		if (consent && !whatsapp) {
			ctx.error('whatsappConsent', 'consentimento de WhatsApp sem número de WhatsApp');
		}
		const channel = text(row, 'preferredChannel');
		if (channel === 'whatsapp' && !consent) {
			ctx.warn(
				'preferredChannel',
				'canal preferido WhatsApp sem consentimento: o Giro não vai sugerir WhatsApp'
			);
		}
		const email = text(row, 'email');
		return {
			external_id:
				text(row, 'externalId') ?? derivedKey('contato', customer, email ?? text(row, 'name')),
			customer_code: customer,
			name: text(row, 'name'),
			role: text(row, 'role'),
			email,
			phone: text(row, 'phone'),
			whatsapp,
			whatsapp_consent: consent,
			whatsapp_consent_at: consent ? text(row, 'whatsappConsentAt') : null,
			preferred_channel: channel,
			is_primary: row.value('isPrimary') === true
		};
	},
	handler: (mapped) =>
		flatHandler({
			target: TARGET,
			columns: [...mapped].map((f) => COLUMN_OF[f]).filter(Boolean),
			keyField: 'externalId',
			keyLabel: 'contato'
		})
};
