import { fileURLToPath } from 'node:url';
import { processIO } from './cli/io';
import { packageCommand } from './cli/package';

process.exitCode = packageCommand(fileURLToPath(new URL('..', import.meta.url)), processIO);
