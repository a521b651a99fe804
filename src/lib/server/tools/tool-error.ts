/**
 * An error the caller can act on: a pt-BR message that says what was wrong and how to fix the
 * call. Every door shows it as a tool error (never a stack trace); anything else that throws
 * becomes a generic message and is logged.
 */
export class ToolError extends Error {
	readonly code: 'invalid_input' | 'not_found' | 'not_in_portfolio' | 'conflict' | 'confirmation';

	constructor(code: ToolError['code'], message: string) {
		super(message);
		this.name = 'ToolError';
		this.code = code;
	}
}

export const notInPortfolio = (what = 'Este cliente') =>
	new ToolError(
		'not_in_portfolio',
		`${what} não está na sua carteira. Use find_customers para achar clientes da sua carteira.`
	);
