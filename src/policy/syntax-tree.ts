/**
 * What the bundles give @prometheus-io/codemirror-promql's Parser for `@codemirror/language` (tsconfig.json
 * `paths`, which ncc resolves with): the Parser takes only `syntaxTree(state)` from it, and promql-types.ts
 * hands it a state whose one field is the lezer tree. The real package would load @codemirror/view and the
 * rest of the editor at start-up (~50 ms of every cold start, bench/cold-start.ts) for that one function.
 * Same contract as the real `syntaxTree`: the state's language field's tree, or the empty tree.
 */
import { Tree } from '@lezer/common';

interface TreeState {
  field(field: unknown, require: false): { tree: Tree } | undefined;
}

export function syntaxTree(state: TreeState): Tree {
  return state.field(undefined, false)?.tree ?? Tree.empty;
}
