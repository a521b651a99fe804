/**
 * The 27 federative units, by code and by name, because ERP exports write "SP" in one system
 * and "São Paulo" in another; the database keeps the two-letter code (customers_uf_check).
 */
import { normalizeKey } from './normalize-text.ts';
import type { Parsed } from './parse-values.ts';

const UF_NAMES: Record<string, string> = {
	AC: 'Acre',
	AL: 'Alagoas',
	AP: 'Amapá',
	AM: 'Amazonas',
	BA: 'Bahia',
	CE: 'Ceará',
	DF: 'Distrito Federal',
	ES: 'Espírito Santo',
	GO: 'Goiás',
	MA: 'Maranhão',
	MT: 'Mato Grosso',
	MS: 'Mato Grosso do Sul',
	MG: 'Minas Gerais',
	PA: 'Pará',
	PB: 'Paraíba',
	PR: 'Paraná',
	PE: 'Pernambuco',
	PI: 'Piauí',
	RJ: 'Rio de Janeiro',
	RN: 'Rio Grande do Norte',
	RS: 'Rio Grande do Sul',
	RO: 'Rondônia',
	RR: 'Roraima',
	SC: 'Santa Catarina',
	SP: 'São Paulo',
	SE: 'Sergipe',
	TO: 'Tocantins'
};

const BY_KEY = new Map<string, string>();
for (const [code, name] of Object.entries(UF_NAMES)) {
	BY_KEY.set(normalizeKey(code), code);
	BY_KEY.set(normalizeKey(name), code);
}

export function parseUf(text: string): Parsed<string> {
	const code = BY_KEY.get(normalizeKey(text));
	return code
		? { ok: true, value: code }
		: { ok: false, error: `UF desconhecida: "${text.trim()}" (use a sigla, como SP ou MG)` };
}
