// Action entry: only runs main. guard-event.js comes first: it must run before @actions/github loads.
import './github/guard-event.js';
import { run } from './main.js';
import { cancelOnSignals } from './util/cancel.js';

const cancellation = cancelOnSignals();
await run(process.env, cancellation.signal);
cancellation.dispose();
// The run ends now: a pending sleep, or a request abandoned at its deadline (an artifact service that
// accepted the connection and never answers), must not keep the step alive until the kill.
process.exit(process.exitCode ?? (cancellation.signal.aborted ? 1 : 0));
