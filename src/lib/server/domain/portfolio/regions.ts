/**
 * Brazil's five regions and their UFs (IBGE), and the customer segments as people type them
 * ("agro", "metalurgia", "construcao") mapped to the names the data uses — so "inativos da
 * região Sul" filters PR, SC and RS, and "clientes de agro" finds "Agronegócio".
 */
export const REGIONS = ['Norte', 'Nordeste', 'Centro-Oeste', 'Sudeste', 'Sul'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_UFS: Record<Region, readonly string[]> = {
	Norte: ['AC', 'AM', 'AP', 'PA', 'RO', 'RR', 'TO'],
	Nordeste: ['AL', 'BA', 'CE', 'MA', 'PB', 'PE', 'PI', 'RN', 'SE'],
	'Centro-Oeste': ['DF', 'GO', 'MS', 'MT'],
	Sudeste: ['ES', 'MG', 'RJ', 'SP'],
	Sul: ['PR', 'RS', 'SC']
};

/** The regions as the Carteira's URL keeps them (`?regiao=centro-oeste`). */
export const REGION_KEYS = ['norte', 'nordeste', 'centro-oeste', 'sudeste', 'sul'] as const;
export type RegionKey = (typeof REGION_KEYS)[number];
export const REGION_BY_KEY: Record<RegionKey, Region> = {
	norte: 'Norte',
	nordeste: 'Nordeste',
	'centro-oeste': 'Centro-Oeste',
	sudeste: 'Sudeste',
	sul: 'Sul'
};

/** UF → state name, as answers say it. */
export const UF_NAMES: Record<string, string> = {
	AC: 'Acre',
	AL: 'Alagoas',
	AM: 'Amazonas',
	AP: 'Amapá',
	BA: 'Bahia',
	CE: 'Ceará',
	DF: 'Distrito Federal',
	ES: 'Espírito Santo',
	GO: 'Goiás',
	MA: 'Maranhão',
	MG: 'Minas Gerais',
	MS: 'Mato Grosso do Sul',
	MT: 'Mato Grosso',
	PA: 'Pará',
	PB: 'Paraíba',
	PE: 'Pernambuco',
	PI: 'Piauí',
	PR: 'Paraná',
	RJ: 'Rio de Janeiro',
	RN: 'Rio Grande do Norte',
	RO: 'Rondônia',
	RR: 'Roraima',
	RS: 'Rio Grande do Sul',
	SC: 'Santa Catarina',
	SE: 'Sergipe',
	SP: 'São Paulo',
	TO: 'Tocantins'
};

/** The region whose UFs are exactly these, or undefined. */
export function regionOf(ufs: readonly string[]): Region | undefined {
	const key = [...ufs].sort().join(',');
	return REGIONS.find((r) => [...REGION_UFS[r]].sort().join(',') === key);
}

/** The segments of the data, and words people use for them. */
export const SEGMENT_WORDS: [RegExp, string][] = [
	[/^(agro|agronegocio|agronegocios|agricola|agropecuaria)$/, 'Agronegócio'],
	[/^(metalurgia|metalurgica|metalurgicas|metal)$/, 'Metalurgia'],
	[/^(construcao|construcao civil|construtoras?|material de construcao)$/, 'Construção civil'],
	[/^(alimentos|alimenticio|alimenticias|alimentacao)$/, 'Alimentos'],
	[/^(varejo|varejistas?|supermercados?|mercados)$/, 'Varejo'],
	[/^(industria|industrias|industrial)$/, 'Indústria']
];

const plainWord = (s: string) =>
	s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** "agro" → "Agronegócio", "metalurgia" → "Metalurgia"; a segment not listed stays as typed. */
export function canonicalSegment(segment: string): string {
	const p = plainWord(segment);
	return SEGMENT_WORDS.find(([re]) => re.test(p))?.[1] ?? segment;
}
