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
