/**
 * Every tool Giro has, in one list. The chat, the MCP server, the CLI and the evals all serve
 * exactly this list; adding a tool here adds it to every door.
 */
import { findCustomers } from './customers/find-customers.ts';
import { getCustomerContacts } from './customers/get-customer-contacts.ts';
import { getCustomerProducts } from './customers/get-customer-products.ts';
import { getCustomerProfile } from './customers/get-customer-profile.ts';
import { listInteractions } from './customers/list-interactions.ts';
import { logInteraction } from './customers/log-interaction.ts';
import { searchInteractionsTool } from './customers/search-interactions.ts';
import type { AnyObjectSchema, ToolDefinition } from './define-tool.ts';
import { completeFollowUp } from './follow-ups/complete-follow-up.ts';
import { draftFollowUp } from './follow-ups/draft-follow-up.ts';
import { getRepQueue } from './follow-ups/get-rep-queue.ts';
import { listFollowUps } from './follow-ups/list-follow-ups.ts';
import { scheduleFollowUp } from './follow-ups/schedule-follow-up.ts';
import { listStalledOpportunities } from './opportunities/list-stalled-opportunities.ts';
import { estimateLostRevenue } from './portfolio/estimate-lost-revenue.ts';
import { getPortfolioHealth } from './portfolio/get-portfolio-health.ts';
import { listCustomers } from './portfolio/list-customers.ts';
import { listStoppedCustomers } from './portfolio/list-stopped-customers.ts';
import { rankPortfolio } from './portfolio/rank-portfolio.ts';
import { getSalesByPeriod } from './sales/get-sales-by-period.ts';

export const TOOLS: readonly ToolDefinition<AnyObjectSchema, AnyObjectSchema>[] = [
	// portfolio
	getPortfolioHealth,
	listCustomers,
	listStoppedCustomers,
	estimateLostRevenue,
	rankPortfolio,
	getSalesByPeriod,
	// customers
	findCustomers,
	getCustomerProfile,
	getCustomerProducts,
	getCustomerContacts,
	listInteractions,
	searchInteractionsTool,
	// rep's work
	getRepQueue,
	listFollowUps,
	listStalledOpportunities,
	draftFollowUp,
	// writes
	scheduleFollowUp,
	completeFollowUp,
	logInteraction
] as unknown as ToolDefinition<AnyObjectSchema, AnyObjectSchema>[];

export function findTool(
	name: string
): ToolDefinition<AnyObjectSchema, AnyObjectSchema> | undefined {
	return TOOLS.find((t) => t.name === name);
}
