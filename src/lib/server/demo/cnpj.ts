/**
 * CNPJ (Cadastro Nacional da Pessoa Jurídica): 8-digit root, 4-digit branch ("0001" is the
 * head office) and two mod-11 check digits. SPEC "Language": imports accept it with or without
 * punctuation; the database stores the 14 digits (schema `customers_cnpj_check`).
 * The demo derives each customer's root from its index through a bijection, so CNPJs are valid
 * and unique without keeping a set of the ones already used.
 */

const FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
	const rest = sum % 11;
	return rest < 2 ? 0 : 11 - rest;
}

/** The two check digits of the first 12 digits. */
export function cnpjCheckDigits(first12: string): string {
	if (!/^\d{12}$/.test(first12)) throw new RangeError(`CNPJ base inválida: ${first12}`);
	const first = checkDigit(first12, FIRST_WEIGHTS);
	const second = checkDigit(first12 + first, SECOND_WEIGHTS);
	return `${first}${second}`;
}

/** The 14 digits, punctuation removed ("12.345.678/0001-95" → "12345678000195"). */
export function normalizeCnpj(value: string): string {
	return value.replace(/[\s./-]/g, '');
}

/** True for 14 digits (punctuation allowed) with correct check digits, not all equal. */
export function isValidCnpj(value: string): boolean {
	const digits = normalizeCnpj(value);
	if (!/^\d{14}$/.test(digits)) return false;
	if (/^(\d)\1{13}$/.test(digits)) return false;
	return cnpjCheckDigits(digits.slice(0, 12)) === digits.slice(12);
}

/** "12345678000195" → "12.345.678/0001-95"; anything that is not 14 digits is returned as is. */
export function formatCnpj(value: string): string {
	const digits = normalizeCnpj(value);
	const m = /^(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})$/.exec(digits);
	return m ? `${m[1]}.${m[2]}.${m[3]}/${m[4]}-${m[5]}` : value;
}

/** A valid CNPJ from its 8-digit root (0–99,999,999) and branch number (1–9999). */
export function cnpjFromRoot(root: number, branch = 1): string {
	if (!Number.isInteger(root) || root < 0 || root > 99_999_999) {
		throw new RangeError(`Raiz de CNPJ fora do intervalo: ${root}`);
	}
	if (!Number.isInteger(branch) || branch < 1 || branch > 9999) {
		throw new RangeError(`Filial de CNPJ fora do intervalo: ${branch}`);
	}
	const first12 = String(root).padStart(8, '0') + String(branch).padStart(4, '0');
	return first12 + cnpjCheckDigits(first12);
}

// 48_271 is coprime with 10^8 (odd, not a multiple of 5): index ↦ root is a bijection.
const ROOT_MULTIPLIER = 48_271;
const ROOT_SPACE = 100_000_000;

/**
 * The demo customer's CNPJ: distinct indexes give distinct roots (for indexes below 10^8),
 * `offset` (from the seed) moves the whole set.
 */
export function demoCnpj(index: number, offset: number, branch = 1): string {
	const root = (((index * ROOT_MULTIPLIER + offset) % ROOT_SPACE) + ROOT_SPACE) % ROOT_SPACE;
	return cnpjFromRoot(root, branch);
}
