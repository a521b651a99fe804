/**
 * get_customer_contacts: how to reach a customer — each contact's role, phone, e-mail and
 * WhatsApp (the number only with the contact's consent, LGPD).
 */
import { z } from 'zod';
import { plural } from '#lib/format.ts';
import { customerContacts } from '../../domain/customers/customer-contacts.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput } from '../filters.ts';

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.describe('Id do cliente (use find_customers para achar pelo nome, CNPJ ou código)')
});

const Output = z.object({
	...AsOfOutput,
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	contacts: z
		.array(
			z.object({
				name: z.string().describe('Contato'),
				role: z.string().nullable().describe('Cargo'),
				phone: z.string().nullable().describe('Telefone'),
				email: z.string().nullable().describe('E-mail'),
				whatsapp: z.string().nullable().describe('WhatsApp (só com consentimento; senão null)'),
				whatsappConsent: z.boolean().describe('Autorizou WhatsApp (LGPD)'),
				preferredChannel: z.string().nullable().describe('Canal preferido'),
				isPrimary: z.boolean().describe('Contato principal')
			})
		)
		.describe('Os contatos, o principal primeiro')
});

export const getCustomerContacts = defineTool({
	name: 'get_customer_contacts',
	title: 'Contatos de um cliente',
	description:
		'Os contatos de um cliente: cargo, telefone, e-mail e WhatsApp (o número só aparece com ' +
		'consentimento, LGPD). Use para "telefone do X", "zap de alguém do X", "e-mail do comprador".',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const customer = await accessibleCustomer(ctx, input.customerId);
		const contacts = await customerContacts(ctx.db, customer.id);
		const consent = contacts.filter((c) => c.whatsappConsent).length;
		return {
			structured: {
				asOf: ctx.asOf,
				customerId: customer.id,
				customerName: customer.name,
				contacts
			},
			summary: `${customer.name}: ${plural(contacts.length, 'contato', 'contatos')}, ${consent} com WhatsApp autorizado.`
		};
	}
});

export type GetCustomerContactsOutput = ToolOutput<typeof getCustomerContacts>;
