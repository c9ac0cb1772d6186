import { processIO } from './cli/io';
import { scanCommand } from './cli/scan';

process.exitCode = scanCommand(process.argv.slice(2), processIO);
