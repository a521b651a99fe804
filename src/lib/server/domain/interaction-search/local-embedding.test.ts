import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMENSIONS } from '../../db/ensure-vector.ts';
import { cosine, localEmbedding } from './local-embedding.ts';

describe('localEmbedding (local-ngram-v1)', () => {
	it('is deterministic, has the stored dimensions and unit length', () => {
		const a = localEmbedding('Cliente reclamou do atraso na entrega do cimento');
		const b = localEmbedding('Cliente reclamou do atraso na entrega do cimento');
		expect(a).toEqual(b);
		expect(a).toHaveLength(EMBEDDING_DIMENSIONS);
		expect(Math.hypot(...a)).toBeCloseTo(1, 10);
	});

	it('folds accents and case: the same text typed without them is the same vector', () => {
		expect(localEmbedding('Reclamação de PREÇO')).toEqual(localEmbedding('reclamacao de preco'));
	});

	it('puts inflections and shared word pieces closer than unrelated notes', () => {
		const query = localEmbedding('entregas atrasadas');
		const related = localEmbedding('reclamou do atraso na entrega do pedido de argamassa');
		const unrelated = localEmbedding('pediu prorrogação do boleto para o financeiro');
		expect(cosine(query, related)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
	});

	it('survives a typo that keeps most of the word', () => {
		const typo = localEmbedding('reclamaçao do preço');
		expect(cosine(typo, localEmbedding('reclamação de preço'))).toBeGreaterThan(0.8);
		expect(cosine(typo, localEmbedding('visita de rotina no depósito'))).toBeLessThan(0.3);
	});

	it('gives the zero vector for text without content words', () => {
		expect(localEmbedding('o que é isso?')).toEqual(new Array(EMBEDDING_DIMENSIONS).fill(0));
	});
});
