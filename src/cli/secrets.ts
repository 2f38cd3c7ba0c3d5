/**
 * The CLI's credentials: from the environment (CANARY_GATE_PROMETHEUS_*), from header flags, and the userinfo
 * of any URL on the command line. Found before the arguments are parsed, so even a usage error that quotes
 * an argument is redacted.
 */
import { credentialSecrets, userinfoOf } from '../util/redact.js';

export function cliSecrets(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const headers: Record<string, string> = {};
  const urls: string[] = [];
  argv.forEach((arg, i) => {
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (flag === '--prometheus-header' && value !== undefined) {
      const at = value.indexOf(':');
      headers[String(i)] = at > 0 ? value.slice(at + 1).trim() : value.trim();
    }
    for (const candidate of [arg, inline]) if (candidate && userinfoOf(candidate)) urls.push(candidate);
  });
  return credentialSecrets({
    token: env.CANARY_GATE_PROMETHEUS_TOKEN,
    username: env.CANARY_GATE_PROMETHEUS_USERNAME,
    password: env.CANARY_GATE_PROMETHEUS_PASSWORD,
    urls,
    headers,
  });
}

function splitOnce(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return [text.slice(0, at), text.slice(at + 1)];
}
