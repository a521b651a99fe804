/**
 * The demo sales team: 8 reps split by region and 2 managers. Fixed names (not drawn from the
 * seed) so demos, screenshots and evals can say "a carteira da Ana Souza" on any seed.
 * Customers are owned by a rep of their region (SPEC "Who sees what").
 */
import type { users } from '#lib/server/db/schema.ts';
import { instantAt } from '#lib/server/demo/day-numbers.ts';
import { plainText } from '#lib/server/demo/names-pt-br.ts';
import type { Region } from '#lib/server/demo/places-br.ts';

export type UserRow = typeof users.$inferInsert;

interface Member {
	name: string;
	role: 'rep' | 'manager';
	region: string;
	/** Share of the region's customers (reps only). */
	share?: number;
}

const TEAM: readonly Member[] = [
	{ name: 'Ana Souza', role: 'rep', region: 'Sudeste', share: 4 },
	{ name: 'Bruno Carvalho', role: 'rep', region: 'Sudeste', share: 3 },
	{ name: 'Camila Ribeiro', role: 'rep', region: 'Sudeste', share: 3 },
	{ name: 'Diego Martins', role: 'rep', region: 'Sul', share: 1 },
	{ name: 'Fernanda Lima', role: 'rep', region: 'Sul', share: 1 },
	{ name: 'Gustavo Almeida', role: 'rep', region: 'Nordeste', share: 1 },
	{ name: 'Juliana Rocha', role: 'rep', region: 'Nordeste', share: 1 },
	{ name: 'Rafael Costa', role: 'rep', region: 'Centro-Oeste', share: 1 },
	{ name: 'Patrícia Mendes', role: 'manager', region: 'Sul/Sudeste' },
	{ name: 'Marcelo Azevedo', role: 'manager', region: 'Nordeste/Centro-Oeste' }
];

export interface TeamMember {
	id: number;
	name: string;
	firstName: string;
	role: 'rep' | 'manager';
	region: string;
	share: number;
}

export const DEMO_TEAM: readonly TeamMember[] = TEAM.map((m, i) => ({
	id: i + 1,
	name: m.name,
	firstName: m.name.split(' ')[0],
	role: m.role,
	region: m.region,
	share: m.share ?? 0
}));

/** The reps of a region with their weights, for `random.weighted`. */
export function repsOfRegion(region: Region): (readonly [TeamMember, number])[] {
	return DEMO_TEAM.filter((m) => m.role === 'rep' && m.region === region).map(
		(m) => [m, m.share] as const
	);
}

/** The manager who covers a rep's region. */
export function managerOf(rep: TeamMember): TeamMember {
	const manager = DEMO_TEAM.find((m) => m.role === 'manager' && m.region.includes(rep.region));
	if (!manager) throw new Error(`Sem gestor para a região ${rep.region}`);
	return manager;
}

/** `createdDay`: when the team was registered (a fixed distance before the history starts). */
export function userRows(createdDay: number): UserRow[] {
	return DEMO_TEAM.map((m, i) => ({
		id: m.id,
		name: m.name,
		email: `${plainText(m.name).replace(/ /g, '.')}@giro.demo`,
		role: m.role,
		region: m.region,
		externalId:
			m.role === 'rep'
				? `V${String(i + 1).padStart(2, '0')}`
				: `G${String(i - 7).padStart(2, '0')}`,
		active: true,
		createdAt: instantAt(createdDay, 9, 0)
	}));
}
