/**
 * On stdio, stdout *is* the protocol: one stray `console.log` (a library's, or the database
 * factory's "banco: …" line) corrupts the JSON-RPC stream and the client drops the server.
 * Imported first by index.ts, before anything else can log, this sends every console method
 * that writes to stdout to stderr instead.
 */
const toStderr = (...args: unknown[]) => console.error(...args);

console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.trace = (...args: unknown[]) => console.error(new Error(args.map(String).join(' ')).stack);
console.dir = (item: unknown) => console.error(item);
console.table = (data: unknown) => console.error(data);
