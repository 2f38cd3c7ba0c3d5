// Action entry: only runs main, then ends the process: a request abandoned at its deadline (an artifact
// service that accepted the connection and never answers) must not keep the step alive.
import { run } from './main.js';

void run().finally(() => process.exit());
