// Action entry: only runs main. guard-event.js comes first: it must run before @actions/github loads.
import './github/guard-event.js';
import { run } from './main.js';
import { cancelOnSignals } from './util/cancel.js';

const cancellation = cancelOnSignals();
await run(process.env, cancellation.signal);
cancellation.dispose();
// A cancelled run ends now: a pending sleep or an open connection must not keep it alive until the kill.
if (cancellation.signal.aborted) process.exit(process.exitCode ?? 1);
