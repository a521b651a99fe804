/**
 * The response cache for real models: a `fetch` for the OpenAI provider that keys every request
 * by a SHA-256 of its method, URL and body (never the headers, so the API key is not part of
 * the key and never written down) and keeps the whole response body in `evals/.cache/`
 * (gitignored). A re-run of the same cases with the same model, prompt and tools sends the same
 * bodies, finds every answer here and makes no HTTP request: it costs nothing. Streaming answers
 * (SSE) are stored whole and replayed at once. Only successful responses are stored.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CacheStats {
	hits: number;
	misses: number;
}

interface Stored {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export function requestKey(url: string, method: string, body: string): string {
	return createHash('sha256').update(`${method} ${url}\n${body}`).digest('hex');
}

function bodyText(body: RequestInit['body']): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
	throw new Error('cache de respostas: corpo de requisição que não é texto');
}

export function cachingFetch(
	dir: string,
	stats: CacheStats = { hits: 0, misses: 0 },
	realFetch: typeof fetch = fetch
): typeof fetch {
	return async (input, init = {}) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const method = init.method ?? 'GET';
		const file = path.join(dir, `${requestKey(url, method, bodyText(init.body))}.json`);
		try {
			const stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
			stats.hits++;
			return new Response(stored.body, { status: stored.status, headers: stored.headers });
		} catch {
			// not cached yet
		}
		stats.misses++;
		const response = await realFetch(input, init);
		const body = await response.text();
		const headers = Object.fromEntries(response.headers.entries());
		if (response.ok) {
			await mkdir(dir, { recursive: true });
			await writeFile(
				file,
				JSON.stringify({ status: response.status, headers, body } satisfies Stored)
			);
		}
		return new Response(body, { status: response.status, headers });
	};
}
