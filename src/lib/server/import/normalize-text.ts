/**
 * One way to compare what people type in headers and coded values: lower case, no accents,
 * no punctuation or spaces. "Cód. Cliente", "COD_CLIENTE" and "cod cliente" become the same
 * key, and so do "Reunião" and "reuniao".
 */
export function normalizeKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}
