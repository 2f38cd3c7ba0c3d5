// Action glue: inputs → bake → outputs, summary, comment, artifact, exit. (Filled in by the action issue.)
export async function run(): Promise<void> {
  throw new Error('not implemented yet');
}
