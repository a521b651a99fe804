/**
 * CNPJ and CPF as ERP exports write them: with or without punctuation, and with the leading
 * zeros Excel drops when the column was numeric ("1234567000195" is "01.234.567/0001-95").
 * Check digits are validated here, at the door, so the database only ever holds real ones.
 *
 * CNPJ check digits follow the Receita Federal rule that also covers the alphanumeric CNPJ
 * (IN RFB 2.229/2024, issued from July 2026): each of the first 12 characters counts as its
 * character code minus 48, so digits keep their usual value and letters get 17..42.
 */

export type TaxIdKind = 'cnpj' | 'cpf';

export interface TaxId {
	kind: TaxIdKind;
	/** 14 characters for a CNPJ (digits, or letters in the first 12), 11 digits for a CPF. */
	value: string;
}

export type TaxIdResult = { ok: true; taxId: TaxId } | { ok: false; error: string };

const CNPJ_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function cnpjDigit(base: string): number {
	const weights = CNPJ_WEIGHTS.slice(CNPJ_WEIGHTS.length - base.length);
	let sum = 0;
	for (let i = 0; i < base.length; i++) sum += (base.charCodeAt(i) - 48) * weights[i];
	const rest = sum % 11;
	return rest < 2 ? 0 : 11 - rest;
}

function cpfDigit(base: string): number {
	let sum = 0;
	for (let i = 0; i < base.length; i++) sum += Number(base[i]) * (base.length + 1 - i);
	const rest = sum % 11;
	return rest < 2 ? 0 : 11 - rest;
}

/** The two check digits a CNPJ base of 12 characters must end with. */
export function cnpjCheckDigits(base12: string): string {
	const first = cnpjDigit(base12);
	return `${first}${cnpjDigit(base12 + first)}`;
}

export function cpfCheckDigits(base9: string): string {
	const first = cpfDigit(base9);
	return `${first}${cpfDigit(base9 + first)}`;
}

const allSame = (s: string) => /^(.)\1*$/.test(s);

export function isValidCnpj(text: string): boolean {
	const v = text.toUpperCase().replace(/[.\-/\s]/g, '');
	if (!/^[0-9A-Z]{12}[0-9]{2}$/.test(v) || allSame(v)) return false;
	return cnpjCheckDigits(v.slice(0, 12)) === v.slice(12);
}

export function isValidCpf(text: string): boolean {
	const v = text.replace(/[.\-\s]/g, '');
	if (!/^[0-9]{11}$/.test(v) || allSame(v)) return false;
	return cpfCheckDigits(v.slice(0, 9)) === v.slice(9);
}

/** `12345678000195` → `12.345.678/0001-95`; `12345678909` → `123.456.789-09`. */
export function formatTaxId(taxId: TaxId): string {
	const v = taxId.value;
	return taxId.kind === 'cnpj'
		? `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`
		: `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
}

/**
 * Reads a CNPJ or CPF. Up to 11 digits is a CPF (zeros restored on the left), 12 to 14
 * characters a CNPJ; anything else, or wrong check digits, is an error in pt-BR naming the
 * digits that were expected, so the person can tell a typo from a wrong column.
 */
export function parseTaxId(text: string): TaxIdResult {
	const raw = text.trim();
	const compact = raw.toUpperCase().replace(/[.\-/\s]/g, '');
	if (!/^[0-9A-Z]+$/.test(compact)) {
		return { ok: false, error: `CNPJ/CPF com caracteres inválidos: "${raw}"` };
	}
	const numeric = /^[0-9]+$/.test(compact);
	if (numeric && compact.length <= 11) {
		const value = compact.padStart(11, '0');
		if (allSame(value)) return { ok: false, error: `CPF inválido: "${raw}"` };
		const expected = cpfCheckDigits(value.slice(0, 9));
		if (expected !== value.slice(9)) {
			return {
				ok: false,
				error: `CPF inválido: "${raw}" (os dígitos verificadores deveriam ser ${expected})`
			};
		}
		return { ok: true, taxId: { kind: 'cpf', value } };
	}
	if (compact.length > 14 || (!numeric && compact.length !== 14)) {
		return { ok: false, error: `CNPJ/CPF com tamanho errado: "${raw}"` };
	}
	const value = compact.padStart(14, '0');
	if (!/^[0-9]{2}$/.test(value.slice(12)) || allSame(value)) {
		return { ok: false, error: `CNPJ inválido: "${raw}"` };
	}
	const expected = cnpjCheckDigits(value.slice(0, 12));
	if (expected !== value.slice(12)) {
		return {
			ok: false,
			error: `CNPJ inválido: "${raw}" (os dígitos verificadores deveriam ser ${expected})`
		};
	}
	return { ok: true, taxId: { kind: 'cnpj', value } };
}
