// `kg serve`: the HTTP API (and the built client, when there is one) over the
// configured store, until interrupted. The store is closed on the way out.
import { Command } from 'commander';
import { openStore } from '../../../graph/store/open.js';
import { type ListenOptions, serveUntilSignal, withListenOptions } from '../serving.js';

export function registerServe(program: Command): void {
  withListenOptions(
    program.command('serve').description('serve the HTTP API and the explorer over the graph store (127.0.0.1 unless told otherwise)'),
    'the API',
  ).action(async (opts: ListenOptions) => {
    const store = await openStore();
    await serveUntilSignal(store, { port: opts.port, host: opts.host, warm: true }, {
      started: (url) => {
        process.stderr.write(`kg serve: listening on ${url} (${store.kind} store${process.env.KG_API_TOKEN ? ', writes need the token' : ''})\n`);
      },
    });
  });
}
