/** The policy module's public surface: loading, the condition and template helpers the engine and bake use. */
export { loadPolicy } from './load.js';
export { PolicyError, formatIssue } from './errors.js';
export { parseCondition, compare, resolveLimit, usesBaseline, COMPARATORS } from './condition.js';
export { parseDuration, formatDuration } from './duration.js';
export {
  renderTemplate,
  templateVarsUsed,
  escapeForLiteral,
  TemplateError,
  type TemplateContext,
} from './template.js';
export { checkVars } from './vars.js';
export { policyJsonSchema } from './json-schema.js';
export { promqlSyntaxError, isPrometheusIdentifier } from './promql.js';
export type * from './types.js';
