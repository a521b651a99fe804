/**
 * Who a demo customer is: razão social and nome fantasia in pt-BR, a valid unique CNPJ, the ERP
 * code ("C000123"), segment, a real city/UF, and the rep of that region who owns it. Names are
 * unique within a portfolio (a collision adds the city, then a number) except for the planted
 * look-alikes of `planted-names.ts`.
 */
import type { customers } from '#lib/server/db/schema.ts';
import type { Segment } from '#lib/server/demo/catalogue.ts';
import { demoCnpj } from '#lib/server/demo/cnpj.ts';
import { COMPANY_CORES, COMPANY_PATTERNS, plainText, slug } from '#lib/server/demo/names-pt-br.ts';
import { SEGMENT_WEIGHTS } from '#lib/server/demo/order-values.ts';
import {
	CITIES_BY_REGION,
	findCity,
	REGION_WEIGHTS,
	type City
} from '#lib/server/demo/places-br.ts';
import { PLANTED_NAMES } from '#lib/server/demo/planted-names.ts';
import type { Random } from '#lib/server/demo/random.ts';
import { repsOfRegion, type TeamMember } from '#lib/server/demo/team.ts';

export type CustomerRow = typeof customers.$inferInsert;

export interface CustomerIdentity {
	id: number;
	erpCode: string;
	legalName: string;
	tradeName: string;
	cnpj: string;
	segment: Segment;
	city: City;
	rep: TeamMember;
	/** E-mail domain of the company ("bompreco.com.br"). */
	domain: string;
}

export function erpCode(id: number): string {
	return `C${String(id).padStart(6, '0')}`;
}

/** Names already given in this portfolio (plain text), to keep random names unique. */
export type NameRegistry = Set<string>;

function fill(pattern: string, core: string): string {
	return pattern.replace('{c}', core);
}

function uniqueName(rng: Random, segment: Segment, city: City, used: NameRegistry) {
	const patterns = COMPANY_PATTERNS[segment];
	for (let tries = 0; ; tries++) {
		const [legal, trade] = rng.pick(patterns);
		let core = rng.pick(COMPANY_CORES);
		if (tries >= 8) core = `${core} ${city.name}`;
		if (tries >= 16) core = `${core} ${tries - 14}`;
		const legalName = fill(legal, core);
		if (used.has(plainText(legalName))) continue;
		used.add(plainText(legalName));
		return { legalName, tradeName: fill(trade, core), core };
	}
}

export function customerIdentity(
	rng: Random,
	id: number,
	index: number,
	cnpjOffset: number,
	planted: number | undefined,
	used: NameRegistry
): CustomerIdentity {
	let segment: Segment;
	let city: City;
	let legalName: string;
	let tradeName: string;
	let core: string;
	if (planted !== undefined) {
		const p = PLANTED_NAMES[planted];
		({ segment, legalName, tradeName } = p);
		city = findCity(p.city, p.uf);
		core = tradeName;
	} else {
		segment = rng.weighted(SEGMENT_WEIGHTS);
		city = rng.pick(CITIES_BY_REGION[rng.weighted(REGION_WEIGHTS)]);
		({ legalName, tradeName, core } = uniqueName(rng, segment, city, used));
	}
	const branch = rng.chance(0.06) ? rng.int(2, 12) : 1;
	return {
		id,
		erpCode: erpCode(id),
		legalName,
		tradeName,
		cnpj: demoCnpj(index, cnpjOffset, branch),
		segment,
		city,
		rep: rng.weighted(repsOfRegion(city.region)),
		domain: `${slug(core).slice(0, 24)}.com.br`
	};
}

export function customerRow(identity: CustomerIdentity, createdAt: Date): CustomerRow {
	return {
		id: identity.id,
		erpCode: identity.erpCode,
		legalName: identity.legalName,
		tradeName: identity.tradeName,
		cnpj: identity.cnpj,
		segment: identity.segment,
		city: identity.city.name,
		uf: identity.city.uf,
		country: 'BR',
		repId: identity.rep.id,
		createdAt,
		updatedAt: createdAt
	};
}
