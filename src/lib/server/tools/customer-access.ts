/**
 * Loads a customer the acting user may see. A rep asking for another rep's customer gets the
 * same answer as for a customer that does not exist in their portfolio — nothing leaks.
 */
import { sql } from 'drizzle-orm';
import type { ToolContext } from './tool-context.ts';
import { notInPortfolio, ToolError } from './tool-error.ts';

export interface AccessibleCustomer {
	id: number;
	name: string;
	legalName: string;
	repId: number | null;
	segment: string | null;
}

export async function accessibleCustomer(
	ctx: ToolContext,
	customerId: number
): Promise<AccessibleCustomer> {
	const [row] = await ctx.db.rows<AccessibleCustomer>(sql`
		select id, coalesce(trade_name, legal_name) as name, legal_name as "legalName",
			rep_id as "repId", segment
		from customers where id = ${customerId}`);
	if (!row) {
		if (ctx.user.role === 'rep') throw notInPortfolio(`O cliente ${customerId}`);
		throw new ToolError(
			'not_found',
			`Não existe cliente com id ${customerId}. Use find_customers para achar o id pelo nome, CNPJ ou código.`
		);
	}
	if (ctx.user.role === 'rep' && row.repId !== ctx.user.id)
		throw notInPortfolio(`O cliente ${customerId}`);
	return row;
}

/**
 * The opportunity `opportunityId` of a customer the caller may see (call accessibleCustomer
 * first). Another customer's opportunity — another rep's included — answers exactly like a
 * missing one: same code, same message.
 */
export async function customerOpportunity(
	ctx: ToolContext,
	customerId: number,
	opportunityId: number
): Promise<{ id: number; title: string }> {
	const [row] = await ctx.db.rows<{ id: number; title: string }>(sql`
		select id, title from opportunities
		where id = ${opportunityId} and customer_id = ${customerId}`);
	if (!row)
		throw new ToolError(
			'not_found',
			`opportunityId: a negociação ${opportunityId} não é deste cliente. Use get_customer_profile para ver as negociações dele.`
		);
	return row;
}
