/**
 * axios as this project imports it: loaded between ./fetch-globals-hidden.ts (evaluated first, as the first
 * import) and the restore below (this module's body runs once both imports are evaluated), so importing it
 * does not load Node's fetch implementation.
 */
import { restoreFetchGlobals } from './fetch-globals-hidden.js';
import axios from 'axios';

restoreFetchGlobals();

export default axios;
