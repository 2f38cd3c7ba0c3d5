// Action entry: only runs main.
import { run } from './main.js';

void run();
