import { processIO } from './cli/io';
import { datasetCommand } from './cli/dataset';

process.exitCode = datasetCommand(process.argv.slice(2), processIO);
