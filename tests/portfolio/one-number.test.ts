/**
 * SPEC "Revenue at risk" / "Estimated lost revenue": every door shows the same portfolio total
 * for the same scope and date. Each headline figure — customers at risk or inactive, revenue at
 * risk, lost revenue — is read through the Carteira's loader, the chat tools (`runTool`) and
 * MCP (the real server over the SDK's in-memory transport), for several scopes and dates, on
 * PGlite and on PostgreSQL, and must be equal to the cent. 10/12/2026 is chosen so that an
 * active customer (1, every 21 days, last 16/11) is past its date with one missed occasion:
 * counting it would break the equality.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGiroServer } from '../../mcp-server/create-server.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { estimateLostRevenue } from '#lib/server/tools/portfolio/estimate-lost-revenue.ts';
import { getPortfolioHealth } from '#lib/server/tools/portfolio/get-portfolio-health.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import type { ActingUser } from '#lib/server/tools/tool-context.ts';
import { loadCarteira } from '#lib/server/web/carteira/load-carteira.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ANA, AS_OF, BRUNO, CARLA, seedFixture } from '../tools/fixture.ts';

interface Headline {
	customers: number;
	revenueAtRiskCents: number;
	lostRevenueCents: number;
}
interface Scope {
	label: string;
	user: ActingUser;
	/** Tool arguments of the scope. */
	args: Record<string, unknown>;
	/** The same scope as Carteira's URL. */
	query: string;
}

const MANAGER: ActingUser = { id: CARLA, role: 'manager', name: 'Carla' };
const SCOPES: Scope[] = [
	{ label: 'gestora, toda a equipe', user: MANAGER, args: {}, query: '' },
	{
		label: 'gestora, um vendedor',
		user: MANAGER,
		args: { repId: BRUNO },
		query: `vendedor=${BRUNO}`
	},
	{
		label: 'gestora, um segmento',
		user: MANAGER,
		args: { segment: 'varejo' },
		query: 'segmento=varejo'
	},
	{ label: 'gestora, uma UF', user: MANAGER, args: { uf: 'SP' }, query: 'uf=SP' },
	{
		label: 'a vendedora, a própria carteira',
		user: { id: ANA, role: 'rep', name: 'Ana' },
		args: {},
		query: ''
	}
];
const DATES = [AS_OF, '2026-12-10', '2026-10-31'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

async function throughTools(db: GiroDatabase, scope: Scope, asOf: string) {
	const ctx = testContext(db, scope.user, asOf, 'chat');
	const run = async (tool: unknown, args: Record<string, unknown>): Promise<Any> => {
		const out = await runTool(tool as ToolDefinition<AnyObjectSchema, AnyObjectSchema>, args, ctx);
		if (!out.ok) throw new Error(out.message);
		return out.structured;
	};
	return {
		health: fromHealth(await run(getPortfolioHealth, scope.args)),
		estimate: fromEstimate(await run(estimateLostRevenue, scope.args))
	};
}

async function throughMcp(db: GiroDatabase, scope: Scope, asOf: string) {
	const server = createGiroServer({
		db,
		secret: 'test-secret-not-for-production',
		actingUser: async () => scope.user,
		today: () => asOf
	});
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	await server.connect(serverSide);
	const client = new Client({ name: 'one-number', version: '1.0.0' });
	await client.connect(clientSide);
	try {
		const call = async (name: string): Promise<Any> => {
			const result = await client.callTool({ name, arguments: scope.args });
			if (result.isError) throw new Error(JSON.stringify(result.content));
			return result.structuredContent;
		};
		return {
			health: fromHealth(await call('get_portfolio_health')),
			estimate: fromEstimate(await call('estimate_lost_revenue'))
		};
	} finally {
		await client.close();
		await server.close();
	}
}

async function throughCarteira(db: GiroDatabase, scope: Scope, asOf: string): Promise<Headline> {
	const tools = testContext(db, scope.user, asOf, 'web');
	const user = { ...scope.user, email: `${scope.user.id}@giro.test` };
	const data = await loadCarteira(
		{ db, user, asOf, tools },
		new URL(`http://giro.test/carteira?${scope.query}`)
	);
	// The streamed chart series settle before the database closes.
	await Promise.all([data.history, data.revenue]);
	const headline = {
		customers: data.headline.lossCustomers.now,
		revenueAtRiskCents: data.headline.revenueAtRiskCents.now,
		lostRevenueCents: data.headline.lostRevenueCents.now
	};
	// The per-rep table adds up to the same totals (every customer of the fixture has a rep).
	if (data.team) {
		const sum = (f: 'revenueAtRiskCents' | 'lostRevenueCents') =>
			data.team!.reduce((s, r) => s + r[f], 0);
		expect({
			customers: data.team.reduce((s, r) => s + r.atRisk + r.inactive, 0),
			revenueAtRiskCents: sum('revenueAtRiskCents'),
			lostRevenueCents: sum('lostRevenueCents')
		}).toEqual(headline);
	}
	return headline;
}

function fromHealth(h: Any): Headline {
	const metric = (key: string) => h.metrics.find((m: Any) => m.metric === key);
	const customers = metric('customers');
	return {
		customers: customers.byState.at_risk.now + customers.byState.inactive.now,
		revenueAtRiskCents: metric('revenue_at_risk').total.now,
		lostRevenueCents: metric('lost_revenue').total.now
	};
}

function fromEstimate(e: Any): Headline {
	return {
		customers: e.totals.customers,
		revenueAtRiskCents: e.totals.revenueAtRiskCents,
		lostRevenueCents: e.totals.lostRevenueCents
	};
}

for (const kind of ['PGlite', 'PostgreSQL'] as const) {
	describe(`one number everywhere (${kind})`, () => {
		let db: GiroDatabase;
		beforeAll(async () => {
			db = kind === 'PGlite' ? await freshPglite() : await freshServer();
			await seedFixture(db);
		}, 120_000);
		afterAll(async () => db?.close());

		for (const asOf of DATES)
			for (const scope of SCOPES)
				test(`${scope.label}, em ${asOf}: Carteira = chat = MCP, ao centavo`, async () => {
					const carteira = await throughCarteira(db, scope, asOf);
					const chat = await throughTools(db, scope, asOf);
					const mcp = await throughMcp(db, scope, asOf);
					expect(carteira.revenueAtRiskCents).toBeGreaterThan(0);
					expect(chat.health).toEqual(carteira);
					expect(chat.estimate).toEqual(carteira);
					expect(mcp.health).toEqual(carteira);
					expect(mcp.estimate).toEqual(carteira);
				});
	});
}
