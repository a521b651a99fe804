/**
 * Valid arguments for every tool of the registry, against the MCP fixture. Known tools have
 * hand-written arguments; a tool added later gets its required fields filled from its JSON
 * Schema (ids from the fixture, the first value of an enum, today for dates). When neither
 * works the test fails and says to add the tool here — a new tool is never silently untested.
 */
import { z } from 'zod';
import { addBusinessDays } from '#lib/server/domain/calendar/index.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import type { McpFixture } from './fixture.ts';

type Args = Record<string, unknown>;
type Tool = ToolDefinition<AnyObjectSchema, AnyObjectSchema>;

const KNOWN: Record<string, (f: McpFixture) => Args> = {
	get_portfolio_health: () => ({}),
	list_customers: () => ({ states: ['at_risk', 'inactive'], limit: 5 }),
	list_stopped_customers: () => ({}),
	estimate_lost_revenue: () => ({}),
	rank_portfolio: () => ({ by: 'segment', metric: 'at_risk' }),
	get_sales_by_period: () => ({ period: 'last_month', groupBy: 'rep' }),
	get_customer_products: (f) => ({ customerId: f.customers.active }),
	get_customer_contacts: (f) => ({ customerId: f.customers.active }),
	find_customers: (f) => ({ query: f.customerName }),
	get_customer_profile: (f) => ({ customerId: f.customers.active }),
	list_interactions: (f) => ({ customerId: f.customers.atRisk }),
	get_rep_queue: () => ({}),
	list_follow_ups: () => ({}),
	list_stalled_opportunities: () => ({}),
	draft_follow_up: (f) => ({ customerId: f.customers.active, channel: 'email' }),
	schedule_follow_up: (f) => ({ customerId: f.customers.active, purpose: 'reactivation' }),
	complete_follow_up: (f) => ({
		followUpId: f.followUpId,
		outcome: 'answered',
		summary: 'Jorge atendeu; vai mandar o pedido na semana que vem'
	}),
	log_interaction: (f) => ({
		customerId: f.customers.active,
		channel: 'phone',
		summary: 'Ligação para confirmar a entrega do pedido'
	}),
	reschedule_follow_up: (f) => ({
		followUpId: f.laterFollowUpId,
		dueDate: addBusinessDays(f.today, 2)
	}),
	cancel_follow_up: (f) => ({ followUpId: f.laterFollowUpId, reason: 'Cliente pediu para parar' })
};

/** For a write: a second payload that differs from the first (a token must not confirm it). */
const OTHER: Record<string, (f: McpFixture, args: Args) => Args> = {
	schedule_follow_up: (_f, args) => ({ ...args, note: 'Outra observação, outro pedido' }),
	complete_follow_up: (_f, args) => ({ ...args, outcome: 'no_answer' }),
	log_interaction: (_f, args) => ({ ...args, summary: 'Outra ligação, outro assunto' }),
	reschedule_follow_up: (f, args) => ({ ...args, dueDate: addBusinessDays(f.today, 3) }),
	cancel_follow_up: (_f, args) => ({ ...args, reason: 'Outro motivo' })
};

const BY_FIELD: Record<string, (f: McpFixture) => unknown> = {
	customerId: (f) => f.customers.active,
	contactId: (f) => f.contactId,
	opportunityId: (f) => f.opportunityId,
	followUpId: (f) => f.followUpId,
	repId: (f) => f.users.ana,
	query: (f) => f.customerName,
	search: (f) => f.customerName,
	name: (f) => f.customerName,
	customer: (f) => f.customerName
};

interface JsonProperty {
	type?: string | string[];
	enum?: unknown[];
	pattern?: string;
	minimum?: number;
	minItems?: number;
	items?: JsonProperty;
}

export function argumentsFor(tool: Tool, fixture: McpFixture): Args {
	const known = KNOWN[tool.name];
	if (known) return known(fixture);
	const schema = z.toJSONSchema(tool.inputSchema, { io: 'input' }) as {
		properties?: Record<string, JsonProperty>;
		required?: string[];
	};
	const args: Args = {};
	for (const key of schema.required ?? []) {
		const value = BY_FIELD[key]?.(fixture) ?? guess(schema.properties?.[key], fixture);
		if (value === undefined)
			throw new Error(
				`Sem argumento de teste para ${tool.name}.${key}: acrescente ${tool.name} em tests/mcp/tool-arguments.ts`
			);
		args[key] = value;
	}
	return args;
}

export function otherArgumentsFor(tool: Tool, fixture: McpFixture, args: Args): Args {
	const known = OTHER[tool.name];
	if (known) return known(fixture, args);
	const shape = tool.inputSchema.shape as Record<string, unknown>;
	for (const key of ['note', 'notes', 'summary', 'message', 'reason'])
		if (key in shape) return { ...args, [key]: `${String(args[key] ?? 'Teste')} (outra versão)` };
	throw new Error(
		`Sem segundo payload de teste para ${tool.name}: acrescente-o em OTHER, tests/mcp/tool-arguments.ts`
	);
}

function guess(property: JsonProperty | undefined, fixture: McpFixture): unknown {
	if (!property) return undefined;
	if (property.enum?.length) return property.enum[0];
	const type = Array.isArray(property.type) ? property.type[0] : property.type;
	if (type === 'string')
		return property.pattern?.includes('\\d{4}-') ? fixture.today : 'Teste do MCP';
	if (type === 'integer' || type === 'number') return Math.max(1, property.minimum ?? 1);
	if (type === 'boolean') return false;
	if (type === 'array') {
		const item = guess(property.items, fixture);
		return item === undefined ? undefined : Array(property.minItems ?? 1).fill(item);
	}
	return undefined;
}
