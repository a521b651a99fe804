/**
 * Brazil's five regions (IBGE) and their UFs: the Carteira's "Região" filter is the set of a
 * region's UFs.
 */
export const REGIONS = {
	norte: { label: 'Norte', ufs: ['AC', 'AM', 'AP', 'PA', 'RO', 'RR', 'TO'] },
	nordeste: { label: 'Nordeste', ufs: ['AL', 'BA', 'CE', 'MA', 'PB', 'PE', 'PI', 'RN', 'SE'] },
	'centro-oeste': { label: 'Centro-Oeste', ufs: ['DF', 'GO', 'MS', 'MT'] },
	sudeste: { label: 'Sudeste', ufs: ['ES', 'MG', 'RJ', 'SP'] },
	sul: { label: 'Sul', ufs: ['PR', 'RS', 'SC'] }
} as const satisfies Record<string, { label: string; ufs: readonly string[] }>;

export type RegionKey = keyof typeof REGIONS;
export const REGION_KEYS = Object.keys(REGIONS) as [RegionKey, ...RegionKey[]];

export function regionOf(uf: string): RegionKey | null {
	for (const key of REGION_KEYS)
		if ((REGIONS[key].ufs as readonly string[]).includes(uf)) return key;
	return null;
}
