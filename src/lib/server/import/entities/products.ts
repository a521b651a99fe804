/**
 * Products (produtos) from the ERP catalogue: SKU, name, unit and category, upserted by SKU.
 * Order items link to them by SKU when they exist.
 */
import type { FlatTarget } from '../flat-writer.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';

export const SKU_SYNONYMS = [
	'sku',
	'cód. produto',
	'código do produto',
	'cod produto',
	'referência',
	'ref',
	'stockcode',
	'stock code',
	'item code',
	'product code',
	'codigo item'
];
export const PRODUCT_NAME_SYNONYMS = [
	'descrição',
	'descrição do produto',
	'nome do produto',
	'produto',
	'description',
	'product name',
	'product'
];

const TARGET: FlatTarget = {
	table: 'products',
	key: 'sku',
	columns: { name: 'text', unit: 'text', category: 'text' }
};

const COLUMN_OF: Record<string, string> = { name: 'name', unit: 'unit', category: 'category' };

export const productsSpec: EntitySpec = {
	name: 'products',
	label: 'Produtos',
	fields: [
		{
			name: 'sku',
			label: 'Código (SKU)',
			kind: 'code',
			required: true,
			synonyms: [...SKU_SYNONYMS, 'código', 'cód.']
		},
		{
			name: 'name',
			label: 'Descrição',
			kind: 'text',
			required: true,
			synonyms: [...PRODUCT_NAME_SYNONYMS, 'nome', 'name']
		},
		{
			name: 'unit',
			label: 'Unidade',
			kind: 'text',
			synonyms: ['unidade', 'un', 'und', 'um', 'unidade de medida', 'unit']
		},
		{
			name: 'category',
			label: 'Categoria',
			kind: 'text',
			synonyms: ['categoria', 'grupo', 'família', 'linha', 'category', 'product group']
		}
	],
	needs: [],
	build: (row) => ({
		sku: text(row, 'sku'),
		name: text(row, 'name'),
		unit: text(row, 'unit'),
		category: text(row, 'category')
	}),
	handler: (mapped) =>
		flatHandler({
			target: TARGET,
			columns: [...mapped].map((f) => COLUMN_OF[f]).filter(Boolean),
			keyField: 'sku',
			keyLabel: 'SKU'
		})
};
