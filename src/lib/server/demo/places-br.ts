/**
 * Real Brazilian cities with their UF and telephone area code (DDD), grouped by the regions the
 * sales team is split into. Customers are spread over them with realistic weights (Sudeste
 * heaviest), so "clientes do Paraná" or "a carteira do Nordeste" return believable answers.
 */

export const REGIONS = ['Sudeste', 'Sul', 'Nordeste', 'Centro-Oeste'] as const;
export type Region = (typeof REGIONS)[number];

export interface City {
	name: string;
	uf: string;
	ddd: number;
	region: Region;
}

/** Share of customers per region. */
export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
	['Sudeste', 45],
	['Sul', 25],
	['Nordeste', 18],
	['Centro-Oeste', 12]
];

const RAW: Record<Region, string> = {
	Sudeste: `São Paulo/SP/11 Campinas/SP/19 Ribeirão Preto/SP/16 Sorocaba/SP/15
		São José dos Campos/SP/12 Santos/SP/13 Piracicaba/SP/19 Bauru/SP/14 São José do Rio Preto/SP/17
		Jundiaí/SP/11 Guarulhos/SP/11 Limeira/SP/19 Franca/SP/16 Belo Horizonte/MG/31 Uberlândia/MG/34
		Contagem/MG/31 Juiz de Fora/MG/32 Montes Claros/MG/38 Uberaba/MG/34 Divinópolis/MG/37
		Rio de Janeiro/RJ/21 Niterói/RJ/21 Campos dos Goytacazes/RJ/22 Volta Redonda/RJ/24
		Vitória/ES/27 Serra/ES/27 Cachoeiro de Itapemirim/ES/28`,
	Sul: `Curitiba/PR/41 Londrina/PR/43 Maringá/PR/44 Cascavel/PR/45 Ponta Grossa/PR/42
		Toledo/PR/45 Porto Alegre/RS/51 Caxias do Sul/RS/54 Passo Fundo/RS/54 Santa Maria/RS/55
		Pelotas/RS/53 Novo Hamburgo/RS/51 Florianópolis/SC/48 Joinville/SC/47 Blumenau/SC/47
		Chapecó/SC/49 Criciúma/SC/48 Jaraguá do Sul/SC/47`,
	Nordeste: `Recife/PE/81 Caruaru/PE/81 Petrolina/PE/87 Salvador/BA/71 Feira de Santana/BA/75
		Vitória da Conquista/BA/77 Luís Eduardo Magalhães/BA/77 Fortaleza/CE/85 Juazeiro do Norte/CE/88
		Natal/RN/84 Mossoró/RN/84 João Pessoa/PB/83 Campina Grande/PB/83 Maceió/AL/82 Aracaju/SE/79
		São Luís/MA/98 Imperatriz/MA/99 Teresina/PI/86`,
	'Centro-Oeste': `Goiânia/GO/62 Anápolis/GO/62 Rio Verde/GO/64 Jataí/GO/64 Brasília/DF/61
		Cuiabá/MT/65 Rondonópolis/MT/66 Sinop/MT/66 Sorriso/MT/66 Lucas do Rio Verde/MT/65
		Campo Grande/MS/67 Dourados/MS/67`
};

function parse(region: Region, text: string): City[] {
	return text
		.trim()
		.split(/\s*(?<=\/\d{2})\s+/)
		.map((entry) => {
			const [name, uf, ddd] = entry.trim().split('/');
			return { name, uf, ddd: Number(ddd), region };
		});
}

export const CITIES_BY_REGION: Record<Region, readonly City[]> = {
	Sudeste: parse('Sudeste', RAW.Sudeste),
	Sul: parse('Sul', RAW.Sul),
	Nordeste: parse('Nordeste', RAW.Nordeste),
	'Centro-Oeste': parse('Centro-Oeste', RAW['Centro-Oeste'])
};

export function findCity(name: string, uf: string): City {
	for (const region of REGIONS) {
		const city = CITIES_BY_REGION[region].find((c) => c.name === name && c.uf === uf);
		if (city) return city;
	}
	throw new Error(`Cidade fora da lista do demo: ${name}/${uf}`);
}
