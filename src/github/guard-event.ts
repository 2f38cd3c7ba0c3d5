/**
 * Imported first by the action entry, before @actions/github, whose context parses GITHUB_EVENT_PATH as
 * soon as it loads and throws a bare SyntaxError on invalid JSON. A broken event file becomes one warning
 * naming the variable and the fix, and the run goes on as a push event.
 */
import { eventFileProblem } from './runner-env.js';

const problem = eventFileProblem(process.env);
if (problem) {
  process.stdout.write(
    `::warning::${problem.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
  );
  process.env.GITHUB_EVENT_PATH = '';
}
