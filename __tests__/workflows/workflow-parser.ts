/**
 * Runs GitHub's own workflow parser over one workflow file and returns every problem it reports: schema errors
 * from parsing, errors from converting the template (job graph, `needs`, expressions) and anything written to
 * the error trace. An empty list means GitHub would accept the file.
 */
import { convertWorkflowTemplate, parseWorkflow, type TraceWriter } from '@actions/workflow-parser';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';

export interface ParsedWorkflow {
  problems: string[];
  /** The converted template (jobs, events). */
  template: Awaited<ReturnType<typeof convertWorkflowTemplate>>;
}

/**
 * `reusable` answers a `uses:` of a reusable workflow with the called file's text (undefined: unknown). When
 * given, the parser also loads the called workflow and checks the `with:` and `secrets:` passed to it.
 */
export async function parseWorkflowFile(
  name: string,
  content: string,
  reusable?: (ref: FileReference) => string | undefined,
): Promise<ParsedWorkflow> {
  const problems: string[] = [];
  const add = (message: string) => {
    if (!problems.includes(message)) problems.push(message);
  };
  const trace: TraceWriter = { error: add, info: () => undefined, verbose: () => undefined };
  const result = parseWorkflow({ name, content }, trace);
  const provider: FileProvider | undefined = reusable && {
    getFileContent: async (ref) => {
      const text = reusable(ref);
      if (text === undefined) throw new Error(`unknown reusable workflow ${JSON.stringify(ref)}`);
      return { name: 'path' in ref ? ref.path : String(ref), content: text };
    },
  };
  const template = await convertWorkflowTemplate(result.context, result.value!, provider, {
    fetchReusableWorkflowDepth: reusable ? 1 : 0,
  });
  for (const err of result.context.errors.getErrors()) add(err.message);
  for (const err of template.errors ?? []) add(err.Message);
  return { problems, template };
}
