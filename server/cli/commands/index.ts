// Every sub-command of `kg`, in the order `kg --help` lists them.
import type { Command } from 'commander';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerRemove } from './remove.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';

export const commands: Array<(program: Command) => void> = [registerExtract, registerIngest, registerQuery, registerExport, registerRemove, registerServe, registerStart];
