/**
 * Runs GitHub's own workflow parser over one workflow file and returns every problem it reports: schema errors
 * from parsing, errors from converting the template (job graph, `needs`, expressions), and anything written to
 * the error trace. An empty list means GitHub would accept the file.
 */
import { convertWorkflowTemplate, parseWorkflow, type TraceWriter } from '@actions/workflow-parser';

export interface ParsedWorkflow {
  problems: string[];
  /** The converted template (jobs, events), when conversion ran. */
  template: Awaited<ReturnType<typeof convertWorkflowTemplate>>;
}

export async function parseWorkflowFile(name: string, content: string): Promise<ParsedWorkflow> {
  const problems: string[] = [];
  const trace: TraceWriter = {
    error: (message: string) => problems.push(message),
    info: () => undefined,
    verbose: () => undefined,
  };
  const result = parseWorkflow({ name, content }, trace);
  const template = await convertWorkflowTemplate(result.context, result.value!);
  for (const err of result.context.errors.getErrors()) if (!problems.includes(err.message)) problems.push(err.message);
  for (const err of template.errors ?? []) {
    const message = err.Message;
    if (!problems.includes(message)) problems.push(message);
  }
  return { problems, template };
}
