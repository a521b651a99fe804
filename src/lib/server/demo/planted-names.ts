/**
 * Customers with deliberately similar names, so the find-customer feature has real ambiguity to
 * resolve: three "Bom Preço", a "São Jorge" with and without accents, two "Boa Safra", and a
 * "Horizonte" next to a customer in Belo Horizonte. The truth lists, for each query, every
 * customer whose razão social or nome fantasia contains it (accents and case ignored).
 */
import type { Segment } from '#lib/server/demo/catalogue.ts';

export interface PlantedName {
	legalName: string;
	tradeName: string;
	segment: Segment;
	city: string;
	uf: string;
}

export const PLANTED_NAMES: readonly PlantedName[] = [
	{
		legalName: 'Mercado Bom Preço Ltda',
		tradeName: 'Bom Preço',
		segment: 'Varejo',
		city: 'Campinas',
		uf: 'SP'
	},
	{
		legalName: 'Supermercado Bom Preço do Nordeste Ltda',
		tradeName: 'Bom Preço Supermercados',
		segment: 'Varejo',
		city: 'Recife',
		uf: 'PE'
	},
	{
		legalName: 'Bom Preço Materiais de Construção Ltda',
		tradeName: 'Bom Preço Materiais',
		segment: 'Construção civil',
		city: 'Londrina',
		uf: 'PR'
	},
	{
		legalName: 'Metalúrgica São Jorge Ltda',
		tradeName: 'São Jorge Metais',
		segment: 'Metalurgia',
		city: 'Caxias do Sul',
		uf: 'RS'
	},
	{
		legalName: 'Metalurgica Sao Jorge do Sul Ltda',
		tradeName: 'Sao Jorge do Sul',
		segment: 'Metalurgia',
		city: 'Joinville',
		uf: 'SC'
	},
	{
		legalName: 'Agropecuária Boa Safra S.A.',
		tradeName: 'Boa Safra',
		segment: 'Agronegócio',
		city: 'Rio Verde',
		uf: 'GO'
	},
	{
		legalName: 'Cooperativa Agrícola Boa Safra',
		tradeName: 'Coop Boa Safra',
		segment: 'Agronegócio',
		city: 'Cascavel',
		uf: 'PR'
	},
	{
		legalName: 'Construtora Horizonte Ltda',
		tradeName: 'Horizonte Construtora',
		segment: 'Construção civil',
		city: 'São Paulo',
		uf: 'SP'
	},
	{
		legalName: 'Horizonte Engenharia e Construções S.A.',
		tradeName: 'Horizonte Engenharia',
		segment: 'Construção civil',
		city: 'Belo Horizonte',
		uf: 'MG'
	}
];

/** Queries (plain text, see `plainText`) whose matches the truth records. */
export const SIMILAR_NAME_QUERIES = ['bom preco', 'sao jorge', 'boa safra', 'horizonte'] as const;
