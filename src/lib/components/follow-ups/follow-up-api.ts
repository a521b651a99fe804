/**
 * The pages' follow-up actions (POST /api/follow-ups): a preview with its token, then the
 * confirmed write. Errors come back as pt-BR messages to show as they are.
 */
export interface NextOffer {
	followUpId: number;
	customerId: number;
	customerName: string;
	suggestedDate: string | null;
	why: string;
}

/** A writing tool's answer as the page reads it (the fields it shows). */
export interface ToolAnswer {
	status: 'preview' | 'done';
	confirmationToken: string | null;
	preview: Record<string, unknown>;
	result: {
		next?: { sequenceContinues: boolean; suggestedDate: string | null; why: string };
	} | null;
	summary: string;
}

export async function followUpAction(
	tool: string,
	input: Record<string, unknown>,
	confirmationToken?: string
): Promise<ToolAnswer> {
	const response = await fetch('/api/follow-ups', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ tool, input, confirmationToken })
	});
	const body = await response.json().catch(() => null);
	if (!response.ok) throw new Error(body?.message ?? 'Não consegui falar com o servidor.');
	return body as ToolAnswer;
}
