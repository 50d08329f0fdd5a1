// The `kg` command line: one program, one sub-command per file in ./commands.
import { Command, CommanderError } from 'commander';
import { isKgError, messageOf } from '../../graph/errors.js';
import { commands } from './commands/index.js';

const program = new Command('kg')
  .description('kg-explorer: extract, store and explore knowledge graphs of Chinese regional development reports')
  .showHelpAfterError('(run kg --help for the commands and options)')
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`kg: ${isKgError(error) ? error.message : messageOf(error)}\n`);
  process.exit(1);
}
