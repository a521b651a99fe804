/**
 * DNS-rebinding protection for the HTTP door. A web page the user opens can make the browser
 * send requests to `127.0.0.1:3333` under the page's own host name (a rebound DNS entry);
 * checking `Host` against the names this server answers to stops that, and checking `Origin`
 * stops a page on another origin from talking to it at all. Clients that are not browsers
 * (Claude, IDEs, scripts) send no `Origin`, so its absence is fine. Host names compare without
 * the port.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const LOCAL_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

export type GuardResult = { ok: true } | { ok: false; message: string };

/** localhost names plus the ones given with `--allowed-hosts`, lower-cased, without ports. */
export function allowedHostnames(extra: readonly string[] = []): Set<string> {
	const names = new Set<string>(LOCAL_HOSTNAMES);
	for (const raw of extra) {
		const name = hostnameOf(raw.trim());
		if (name) names.add(name);
	}
	return names;
}

export function checkHostAndOrigin(
	headers: IncomingHttpHeaders,
	allowed: ReadonlySet<string>
): GuardResult {
	const host = headers.host ? hostnameOf(headers.host) : null;
	if (!host || !allowed.has(host))
		return {
			ok: false,
			message:
				`Host não permitido: ${headers.host ?? '(ausente)'}. Este servidor só atende por ` +
				`${[...allowed].join(', ')}; para outro nome, inicie com --allowed-hosts.`
		};
	const origin = headers.origin;
	if (origin === undefined) return { ok: true };
	let parsed: URL | null = null;
	try {
		parsed = new URL(origin);
	} catch {
		parsed = null;
	}
	if (
		!parsed ||
		(parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
		!allowed.has(parsed.hostname.toLowerCase())
	)
		return {
			ok: false,
			message: `Origem não permitida: ${origin}. Páginas de outros sites não podem usar o servidor MCP do Giro.`
		};
	return { ok: true };
}

/** `localhost:3333` → `localhost`, `[::1]:80` → `[::1]`; null when it does not parse. */
function hostnameOf(hostHeader: string): string | null {
	try {
		return new URL(`http://${hostHeader}`).hostname.toLowerCase() || null;
	} catch {
		return null;
	}
}
