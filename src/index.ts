<<<<<<< HEAD
// Action entry: only runs main, then ends the process: a request abandoned at its deadline (an artifact
// service that accepted the connection and never answers) must not keep the step alive.
=======
// Action entry: only runs main. guard-event.js comes first: it must run before @actions/github loads.
import './github/guard-event.js';
>>>>>>> main
import { run } from './main.js';
import { cancelOnSignals } from './util/cancel.js';

<<<<<<< HEAD
void run().finally(() => process.exit());
=======
const cancellation = cancelOnSignals();
await run(process.env, cancellation.signal);
cancellation.dispose();
// A cancelled run ends now: a pending sleep or an open connection must not keep it alive until the kill.
if (cancellation.signal.aborted) process.exit(process.exitCode ?? 1);
>>>>>>> main
