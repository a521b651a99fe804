/**
 * The MCP door in-process: `createGiroServer` (the same server stdio and HTTP serve) linked to
 * the SDK `Client` through the SDK's in-memory transport, acting as the user of an API token
 * re-checked on every call — exactly what the stdio entry point does, without a child process.
 * The transports themselves are covered once each, end to end (stdio.test.ts, http-auth.test.ts).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { authenticateToken } from '../../mcp-server/auth.ts';
import { createGiroServer } from '../../mcp-server/create-server.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';

export interface InMemoryConnection {
	client: Client;
	close(): Promise<void>;
}

export async function connectInMemory(
	db: GiroDatabase,
	token: string,
	secret = 'm'.repeat(32)
): Promise<InMemoryConnection> {
	const server = createGiroServer({ db, secret, actingUser: () => authenticateToken(db, token) });
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	await server.connect(serverSide);
	const client = new Client({ name: 'giro-tests', version: '1.0.0' });
	await client.connect(clientSide);
	return {
		client,
		close: async () => {
			await client.close();
			await server.close();
		}
	};
}
