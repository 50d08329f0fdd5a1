// What `kg serve` and `kg start` share: the --port/--host options, and running
// the server over a store until SIGINT/SIGTERM, closing both on the way out.
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { GraphStore } from '../../graph/store/types.js';
import { type ServerOptions, startServer } from '../api/server.js';

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return port;
}

export interface ListenOptions {
  port: number;
  host: string;
}

/** Adds --port (PORT, default 3000) and --host (HOST, default 127.0.0.1); `what` names what binding to 0.0.0.0 exposes. */
export function withListenOptions(command: Command, what: string): Command {
  return command
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').argParser(portNumber).default(3000))
    .addOption(new Option('-H, --host <host>', `address to bind; 0.0.0.0 exposes ${what} to the network`).env('HOST').default('127.0.0.1'));
}

/**
 * Prepares the store, starts the server, reports it, then serves until a signal.
 * The store is closed when anything fails on the way up as well.
 */
export async function serveUntilSignal(
  store: GraphStore,
  options: Omit<ServerOptions, 'store'>,
  hooks: { prepare?: () => Promise<void>; started: (url: string) => Promise<void> | void },
): Promise<void> {
  let server;
  try {
    await hooks.prepare?.();
    server = await startServer({ ...options, store });
  } catch (error) {
    await store.close();
    throw error;
  }
  await hooks.started(server.url);
  const running = server;
  await new Promise<void>((done) => {
    const stop = () => void running.close().finally(() => store.close().finally(done));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
