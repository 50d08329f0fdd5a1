// Every sub-command of `kg`, in the order `kg --help` lists them.
import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerServe } from './serve.js';

export const commands: Array<(program: Command) => void> = [registerExtract, registerServe];
