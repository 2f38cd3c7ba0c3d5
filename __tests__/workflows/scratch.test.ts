import { readFileSync } from 'node:fs';
import { parseWorkflowFile } from './workflow-parser.js';
test('scratch', async () => {
  for (const f of process.env.WF!.split(',')) {
    const r = await parseWorkflowFile(f, readFileSync(f, 'utf8'));
    console.log(f, r.problems);
  }
  const bad = await parseWorkflowFile('x.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ foo.bar }}\n      - uses: a/b@v1\n        bogus: 1\n');
  console.log('bad', bad.problems);
});
