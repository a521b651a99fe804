/**
 * The distributor's catalogue: ~85 SKUs a Brazilian industrial distributor really sells
 * (cimento, vergalhão, NPK, ração, chapas, parafusos, óleo de soja, embalagens…), each with its
 * unit, category, list price and the customer segments that buy it. Customers draw a small
 * "basket" from their segment's list, so "o que esse cliente compra" has a stable answer.
 */
import type { products } from '#lib/server/db/schema.ts';

export const SEGMENTS = [
	'Construção civil',
	'Agronegócio',
	'Alimentos',
	'Metalurgia',
	'Varejo',
	'Indústria'
] as const;
export type Segment = (typeof SEGMENTS)[number];

const SEGMENT_CODES: Record<string, Segment> = {
	C: 'Construção civil',
	A: 'Agronegócio',
	F: 'Alimentos',
	M: 'Metalurgia',
	V: 'Varejo',
	I: 'Indústria'
};

export interface CatalogueItem {
	id: number;
	sku: string;
	name: string;
	unit: string;
	category: string;
	/** List price per unit at the start of the history, in cents. */
	priceCents: number;
	segments: readonly Segment[];
}

// category: sku | name | unit | list price in cents | segments (C A F M V I)
const TABLE: Record<string, string> = {
	'Cimento e argamassa': `
		CIM-001|Cimento CP II-E-32 saco 50 kg|sc|3890|CV
		CIM-002|Cimento CP II-F-40 saco 50 kg|sc|4190|C
		CIM-003|Cimento CP V-ARI saco 40 kg|sc|4450|C
		CIM-004|Argamassa AC-I saco 20 kg|sc|1590|CV
		CIM-005|Argamassa AC-III saco 20 kg|sc|3290|C
		CIM-006|Cal hidratada CH-III saco 20 kg|sc|1490|C
		CIM-007|Rejunte flexível 5 kg|un|2890|C`,
	'Aço para construção': `
		ACO-001|Vergalhão CA-50 8,0 mm barra 12 m|un|4290|C
		ACO-002|Vergalhão CA-50 10,0 mm barra 12 m|un|6490|C
		ACO-003|Vergalhão CA-50 12,5 mm barra 12 m|un|9890|C
		ACO-004|Vergalhão CA-60 5,0 mm barra 12 m|un|1690|C
		ACO-005|Tela soldada Q-138 2 x 3 m|un|18900|C
		ACO-006|Arame recozido BWG 18|kg|1490|CM
		ACO-007|Treliça TG8 6 m|un|3590|C`,
	'Tubos e conexões': `
		TUB-001|Tubo PVC soldável 25 mm barra 6 m|un|2190|C
		TUB-002|Tubo PVC esgoto 100 mm barra 6 m|un|5990|C
		TUB-003|Tubo de aço galvanizado 1" barra 6 m|un|18900|CM
		TUB-004|Eletroduto corrugado 25 mm|m|189|C`,
	Fertilizantes: `
		FER-001|Fertilizante NPK 04-14-08 saco 50 kg|sc|18500|A
		FER-002|Fertilizante NPK 20-05-20 saco 50 kg|sc|21900|A
		FER-003|Ureia agrícola 45% N saco 50 kg|sc|19900|A
		FER-004|Cloreto de potássio saco 50 kg|sc|17900|A
		FER-005|Superfosfato simples saco 50 kg|sc|12900|A
		FER-006|Calcário dolomítico a granel|kg|18|A`,
	Sementes: `
		SEM-001|Semente de milho híbrido saco 60 mil sementes|sc|89000|A
		SEM-002|Semente de soja saco 40 kg|sc|32000|A`,
	'Nutrição animal': `
		RAC-001|Ração bovinos de corte 22% PB saco 40 kg|sc|9500|A
		RAC-002|Ração aves postura saco 40 kg|sc|8900|A
		RAC-003|Ração suínos crescimento saco 40 kg|sc|9900|A
		RAC-004|Sal mineral bovino saco 30 kg|sc|12900|A
		RAC-005|Núcleo mineral gado leiteiro saco 25 kg|sc|16900|A
		RAC-006|Milho em grão saco 60 kg|sc|7800|AF`,
	'Insumos alimentícios': `
		ALI-001|Farinha de trigo tipo 1 saco 50 kg|sc|16900|F
		ALI-002|Açúcar cristal saco 50 kg|sc|21900|F
		ALI-003|Óleo de soja refinado caixa 20 x 900 ml|cx|15990|FV
		ALI-004|Óleo de soja refinado a granel|kg|780|F
		ALI-005|Amido de milho saco 25 kg|sc|9800|F
		ALI-006|Sal refinado saco 25 kg|sc|3200|F
		ALI-007|Leite em pó integral saco 25 kg|sc|68000|F
		ALI-008|Cacau em pó alcalino saco 25 kg|sc|79000|F
		ALI-009|Gordura vegetal hidrogenada|kg|1390|F`,
	Mercearia: `
		MER-001|Arroz tipo 1 fardo 6 x 5 kg|un|15900|V
		MER-002|Feijão carioca fardo 10 x 1 kg|un|8900|V
		MER-003|Açúcar refinado fardo 10 x 1 kg|un|4590|V
		MER-004|Café torrado e moído 500 g caixa 20 un|cx|39900|V
		MER-005|Farinha de trigo 1 kg fardo 10 un|un|5490|V
		MER-006|Macarrão espaguete 500 g fardo 20 un|un|6290|V
		MER-007|Leite UHT integral caixa 12 x 1 l|cx|5990|V
		MER-008|Biscoito cream cracker caixa 20 x 400 g|cx|7490|V`,
	Limpeza: `
		LIM-001|Detergente líquido 500 ml caixa 24 un|cx|4990|VF
		LIM-002|Água sanitária 2 l caixa 6 un|cx|3290|VF
		LIM-003|Sabão em pó 1 kg fardo 10 un|un|10900|V
		LIM-004|Desinfetante 2 l caixa 6 un|cx|4690|VI`,
	'Chapas e bobinas': `
		CHA-001|Chapa de aço carbono SAE 1020 2,00 mm|kg|890|M
		CHA-002|Chapa de aço carbono SAE 1020 3,00 mm|kg|870|M
		CHA-003|Chapa galvanizada 0,65 mm|kg|1090|MI
		CHA-004|Chapa de aço inox 304 1,5 mm|kg|3490|MF
		CHA-005|Bobina de aço laminado a frio|kg|760|M`,
	'Perfis e barras': `
		BAR-001|Barra chata 1" x 1/4" 6 m|un|6890|M
		BAR-002|Cantoneira 1 1/2" x 3/16" 6 m|un|11900|MC
		BAR-003|Tubo metalon 30 x 30 mm 6 m|un|7990|MC
		BAR-004|Perfil U enrijecido 100 x 40 mm 6 m|un|12900|MC`,
	Fixadores: `
		FIX-001|Parafuso sextavado M10 x 50 zincado (cento)|un|8900|MCI
		FIX-002|Porca sextavada M10 zincada (cento)|un|2490|MI
		FIX-003|Arruela lisa 3/8" (cento)|un|1290|M
		FIX-004|Parafuso autobrocante 4,2 x 19 (cento)|un|2190|MC
		FIX-005|Chumbador parabolt 3/8" x 3" (cento)|un|14900|CM`,
	Soldagem: `
		SOL-001|Eletrodo revestido E6013 2,5 mm|kg|3290|M
		SOL-002|Arame MIG ER70S-6 1,0 mm|kg|2590|M
		SOL-003|Disco de corte 7" x 1/8"|un|890|MC`,
	Embalagens: `
		EMB-001|Caixa de papelão ondulado 40 x 30 x 30 cm|un|360|IFV
		EMB-002|Filme stretch 500 mm x 25 micras|kg|1890|IFA
		EMB-003|Saco de ráfia 60 x 90 cm|un|180|AI
		EMB-004|Fita adesiva transparente 48 mm x 100 m|un|690|IV
		EMB-005|Saco plástico PEBD 40 x 60 cm|kg|1590|IF
		EMB-006|Pallet de madeira PBR 1,00 x 1,20 m|un|5900|IAF
		EMB-007|Big bag 90 x 90 x 120 cm|un|4990|AI
		EMB-008|Bobina de papel kraft 80 g 60 cm|kg|1190|I`,
	'Químicos e manutenção': `
		QUI-001|Soda cáustica em escamas saco 25 kg|sc|18900|IF
		QUI-002|Tinta esmalte sintético galão 3,6 l|un|8990|MIC
		QUI-003|Solvente thinner 5 l|un|7490|MI
		QUI-004|Óleo lubrificante hidráulico ISO 68 balde 20 l|un|38900|MIA
		QUI-005|Graxa de lítio balde 20 kg|un|41900|MA`,
	EPI: `
		EPI-001|Luva de vaqueta (par)|un|1890|CMAI
		EPI-002|Capacete de segurança com jugular|un|2490|CMI
		EPI-003|Bota de segurança bico de PVC (par)|un|8990|CMA
		EPI-004|Óculos de proteção incolor|un|790|MI`
};

function parseCatalogue(): CatalogueItem[] {
	const items: CatalogueItem[] = [];
	for (const [category, text] of Object.entries(TABLE)) {
		for (const line of text.trim().split('\n')) {
			const [sku, name, unit, price, codes] = line.trim().split('|');
			items.push({
				id: items.length + 1,
				sku,
				name,
				unit,
				category,
				priceCents: Number(price),
				segments: [...codes].map((code) => SEGMENT_CODES[code])
			});
		}
	}
	return items;
}

export const CATALOGUE: readonly CatalogueItem[] = parseCatalogue();

export const PRODUCTS_BY_SEGMENT: Record<Segment, readonly CatalogueItem[]> = Object.fromEntries(
	SEGMENTS.map((segment) => [segment, CATALOGUE.filter((p) => p.segments.includes(segment))])
) as unknown as Record<Segment, readonly CatalogueItem[]>;

export type ProductRow = typeof products.$inferInsert;

export function productRows(): ProductRow[] {
	return CATALOGUE.map((p) => ({
		id: p.id,
		sku: p.sku,
		name: p.name,
		unit: p.unit,
		category: p.category
	}));
}
