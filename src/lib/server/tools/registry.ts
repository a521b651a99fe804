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
import type { AnyTool, ToolCallInput, ToolInput, ToolOutput } from './define-tool.ts';
import { cancelFollowUp } from './follow-ups/cancel-follow-up.ts';
import { completeFollowUp } from './follow-ups/complete-follow-up.ts';
import { draftFollowUp } from './follow-ups/draft-follow-up.ts';
import { getRepQueue } from './follow-ups/get-rep-queue.ts';
import { listFollowUps } from './follow-ups/list-follow-ups.ts';
import { rescheduleFollowUp } from './follow-ups/reschedule-follow-up.ts';
import { scheduleFollowUp } from './follow-ups/schedule-follow-up.ts';
import { listStalledOpportunities } from './opportunities/list-stalled-opportunities.ts';
import { estimateLostRevenue } from './portfolio/estimate-lost-revenue.ts';
import { forecastRevenueTool } from './portfolio/forecast-revenue.ts';
import { getAlertAccuracy } from './portfolio/get-alert-accuracy.ts';
import { getPortfolioHealth } from './portfolio/get-portfolio-health.ts';
import { listCustomers } from './portfolio/list-customers.ts';
import { listStoppedCustomers } from './portfolio/list-stopped-customers.ts';
import { rankPortfolio } from './portfolio/rank-portfolio.ts';
import { getSalesByPeriod } from './sales/get-sales-by-period.ts';

const TOOL_LIST = [
	// portfolio
	getPortfolioHealth,
	listCustomers,
	listStoppedCustomers,
	estimateLostRevenue,
	rankPortfolio,
	getSalesByPeriod,
	forecastRevenueTool,
	getAlertAccuracy,
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
	logInteraction,
	rescheduleFollowUp,
	cancelFollowUp
] as const satisfies readonly AnyTool[];

export const TOOLS: readonly AnyTool[] = TOOL_LIST;

/** Every tool by its name, with its own input and output types. */
export type GiroTools = { [T in (typeof TOOL_LIST)[number] as T['name']]: T };
export type ToolName = keyof GiroTools;
/** Input and structured output of each tool by name (what the chat UI's parts carry). */
export type GiroToolTypes = {
	[K in ToolName]: {
		callInput: ToolCallInput<GiroTools[K]>;
		input: ToolInput<GiroTools[K]>;
		output: ToolOutput<GiroTools[K]>;
	};
};

export function findTool(name: string): AnyTool | undefined {
	return TOOLS.find((t) => t.name === name);
}
