/** Carteira URLs: the current filters with some changed (the list's page always restarts). */
export interface CarteiraQuery {
	vendedor: number | null;
	estado?: string;
	queda?: string;
	segmento?: string;
	regiao?: string;
	uf?: string;
	periodo: string;
	ordem: string;
}

export function carteiraHref(
	f: CarteiraQuery,
	change: Record<string, string | number | null | undefined> = {},
	hash = ''
): string {
	const params: Record<string, string | number | null | undefined> = {
		vendedor: f.vendedor,
		segmento: f.segmento,
		regiao: f.regiao,
		uf: f.uf,
		periodo: f.periodo === 'this_month' ? null : f.periodo,
		estado: f.estado,
		queda: f.queda,
		ordem: f.ordem === 'risk' ? null : f.ordem,
		...change
	};
	const entries = Object.entries(params)
		.filter(
			(e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[1] !== ''
		)
		.map(([k, v]) => [k, String(v)]);
	const query = new URLSearchParams(entries).toString();
	return `/carteira${query ? `?${query}` : ''}${hash}`;
}
