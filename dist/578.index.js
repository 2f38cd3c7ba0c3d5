export const id = 578;
export const ids = [578];
export const modules = {

/***/ 65578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notify: () => (/* binding */ notify)
});

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
;// CONCATENATED MODULE: ./src/github/http-post.ts
/**
 * One POST of a JSON body to a notification receiver (webhook, Slack, Teams, Grafana), through
 * @actions/http-client so HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply as on every other action of a
 * self-hosted runner behind a proxy. Retried on network errors, 429 and 5xx with backoff; a receiver
 * that never answers is one warning, never a failed gate.
 */


async function postJson(target, body, opts = {}) {
    const attempts = opts.attempts ?? 3;
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const headers = { 'content-type': 'application/json', 'user-agent': 'canary-gate', ...target.headers };
    let last = '';
    for (let i = 1; i <= attempts; i++) {
        const client = new lib/* HttpClient */.Qq('canary-gate', [], {
            allowRetries: false,
            allowRedirects: false,
            socketTimeout: timeoutMs,
        });
        try {
            const status = await withDeadline(client.request('POST', target.url, body, headers).then(async (res) => {
                await res.readBody().catch(() => undefined);
                return res.message.statusCode ?? 0;
            }), timeoutMs);
            (0,log/* debug */.Yz)(`${target.what} POST to ${target.shown}: attempt ${i}/${attempts}, HTTP ${status}`);
            if (status >= 200 && status < 300)
                return true;
            last = `HTTP ${status}`;
            if (status < 500 && status !== 429)
                break; // the receiver said no; retrying will not change that
        }
        catch (error) {
            last = networkError(error);
            (0,log/* debug */.Yz)(`${target.what} POST to ${target.shown}: attempt ${i}/${attempts}, ${last}`);
        }
        finally {
            client.dispose();
        }
        if (opts.signal?.aborted)
            return false;
        if (i < attempts) {
            const wait = 1000 * 2 ** (i - 1);
            (0,log/* debug */.Yz)(`${target.what}: retrying in ${wait} ms`);
            await sleep(wait);
        }
    }
    if (!opts.signal?.aborted)
        (0,log/* warning */.$e)(`${target.what} POST to ${target.shown} failed: ${last}`);
    return false;
}
class DeadlineError extends Error {
    name = 'TimeoutError';
}
function withDeadline(work, ms) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineError('deadline')), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
/** One line naming the cause (`ECONNREFUSED`, `ENOTFOUND`, a timeout), never the URL (it may hold secrets). */
function networkError(error) {
    const e = error;
    // http-client's own socket timeout says `Request timeout: <path>`, and the path may be the secret.
    if (e?.name === 'TimeoutError' || /^Request timeout/.test(e?.message ?? ''))
        return 'no answer within the timeout';
    const code = e?.code ?? e?.cause?.code;
    const text = code && !String(e?.message).includes(code) ? `${e.message}: ${code}` : String(e?.message ?? error);
    return text
        .split('\n')[0]
        .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '(url)')
        .replace(/ \/\S*/g, ' (path)');
}
/**
 * The URL as shown in the log: scheme and host only. Webhook URLs often carry their secret in the path
 * (Slack `/services/T…/B…/XXXX`, Discord `/api/webhooks/ID/TOKEN`) or the query, never in the host.
 */
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname.length > 1 || u.search ? '/…' : ''}`;
    }
    catch {
        return '(invalid URL)';
    }
}
/** `https://user:pw@host/x` → the URL without them and a basic-auth header. */
function splitCredentials(url) {
    const u = new URL(url);
    if (!u.username && !u.password)
        return { target: url };
    const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    u.username = '';
    u.password = '';
    return { target: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

;// CONCATENATED MODULE: ./src/github/grafana.ts

function grafanaAnnotation(report, links) {
    const since = report.bake.since ? Date.parse(report.bake.since) : NaN;
    const until = report.bake.until ? Date.parse(report.bake.until) : NaN;
    if (Number.isNaN(since) || Number.isNaN(until))
        return null;
    const why = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons][0];
    const text = [
        `canary-gate: ${report.decision.toUpperCase()} at stage ${report.stage}` +
            (report.traffic === null ? '' : ` (${report.traffic}% traffic)`) +
            (report.dry_run ? ' — dry run' : ''),
        why ?? '',
        links.run_url ? `<a href="${links.run_url}">workflow run</a>` : '',
    ]
        .filter(Boolean)
        .join('\n');
    return {
        time: since,
        timeEnd: until,
        tags: ['canary-gate', `stage:${report.stage}`, `decision:${report.decision}`],
        text,
    };
}
/** POST the annotation; a bake without known times (a recording without `start`) has no range to mark. */
async function postGrafanaAnnotation(baseUrl, token, annotation, opts = {}) {
    if (!annotation)
        return false;
    const url = new URL('api/annotations', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    return postJson({ what: 'Grafana annotation', url, shown: safeUrl(baseUrl), headers }, JSON.stringify(annotation), opts);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/next-step.ts
var next_step = __webpack_require__(15780);
;// CONCATENATED MODULE: ./src/report/chat-cards.ts
/**
 * The verdict for chat: a Slack incoming-webhook message (`text` fallback + Block Kit `blocks`) and a
 * Microsoft Teams message carrying an Adaptive Card (what Teams' incoming webhooks and its Workflows
 * "when a webhook request is received" trigger accept). Short by design: headline, what happens next, the
 * first reasons, the bake and links; the full report is one click away.
 */


const MAX_REASONS = 5;
function headline(report) {
    const traffic = report.traffic === null ? '' : ` (${report.traffic}% traffic)`;
    return `${(0,format/* decisionIcon */.aX)(report.decision)} canary-gate: ${report.decision.toUpperCase()} — stage ${report.stage}${traffic}`;
}
function reasons(report) {
    const all = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons];
    const shown = all.slice(0, MAX_REASONS).map((r) => r.replace(/\r?\n/g, ' '));
    if (all.length > MAX_REASONS)
        shown.push(`… and ${all.length - MAX_REASONS} more`);
    return shown;
}
function failing(report) {
    const n = report.checks.filter((c) => c.status === 'fail').length;
    return `${n} of ${report.checks.length} check(s) failing`;
}
/** Slack mrkdwn: `&`, `<` and `>` are control characters (links are `<url|text>`). */
function slackText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function clip(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
function slackMessage(report, links) {
    const title = headline(report);
    const list = reasons(report);
    const linkText = [
        links.run_url ? `<${links.run_url}|workflow run>` : '',
        links.artifact_url ? `<${links.artifact_url}|report artifact>` : '',
        report.provenance.repository && report.provenance.sha
            ? slackText(`${report.provenance.repository}@${report.provenance.sha.slice(0, 7)}`)
            : '',
    ].filter(Boolean);
    const blocks = [
        // Header text is plain_text, at most 150 characters.
        { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: slackText((0,next_step/* nextStep */.s)(report)) } },
    ];
    if (list.length)
        blocks.push({
            type: 'section',
            // A section's text is at most 3000 characters.
            text: { type: 'mrkdwn', text: clip(list.map((r) => `• ${slackText(r)}`).join('\n'), 3000) },
        });
    blocks.push({
        type: 'section',
        fields: [
            { type: 'mrkdwn', text: `*Bake*\n${slackText((0,format/* bakeSpan */.mw)(report))}` },
            { type: 'mrkdwn', text: `*Checks*\n${failing(report)}` },
        ],
    });
    if (linkText.length)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkText.join(' · ') }] });
    return { text: `${title}. ${(0,next_step/* nextStep */.s)(report)}`, blocks };
}
function teamsMessage(report, links) {
    const list = reasons(report);
    const body = [
        { type: 'TextBlock', text: headline(report), weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: (0,next_step/* nextStep */.s)(report), wrap: true },
    ];
    if (list.length)
        body.push({ type: 'TextBlock', text: list.map((r) => `- ${r}`).join('\n'), wrap: true });
    body.push({
        type: 'FactSet',
        facts: [
            { title: 'Bake', value: (0,format/* bakeSpan */.mw)(report) },
            { title: 'Checks', value: failing(report) },
            ...(report.provenance.repository ? [{ title: 'Repository', value: report.provenance.repository }] : []),
        ],
    });
    const actions = [
        ...(links.run_url ? [{ type: 'Action.OpenUrl', title: 'Workflow run', url: links.run_url }] : []),
        ...(links.artifact_url
            ? [{ type: 'Action.OpenUrl', title: 'Report artifact', url: links.artifact_url }]
            : []),
    ];
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    ...(actions.length ? { actions } : {}),
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/github/webhook.ts
/**
 * webhook-url: POST the verdict in the receiver's `webhook-format` (canary-gate's JSON, Slack or Teams),
 * signed like GitHub's own webhooks (`X-Canary-Gate-Signature: sha256=<hex hmac of the exact body>`), through
 * the proxy variables, retried on network errors, 429 and 5xx. A webhook that never answers is a warning.
 */




function signature(body, secret) {
    return 'sha256=' + (0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex');
}
/** The verdict without per-window values: receivers want the decision, not a 24 h time series. */
function webhookPayload(report, extra) {
    return {
        event: 'canary-gate.verdict',
        decision: report.decision,
        gate_passed: report.gate_passed,
        rollback_triggered: report.rollback_triggered,
        rollback_reasons: report.rollback_reasons,
        gate_fail_reasons: report.gate_fail_reasons,
        inconclusive_reasons: report.inconclusive_reasons,
        stage: report.stage,
        traffic: report.traffic,
        dry_run: report.dry_run,
        smoke_returncode: report.smoke_returncode,
        bake: {
            since: report.bake.since,
            until: report.bake.until,
            windows_expected: report.bake.windows_expected,
            windows_observed: report.bake.windows_observed,
        },
        checks: report.checks.map((c) => ({
            kind: c.kind,
            metric: c.metric,
            condition: c.condition,
            action: c.action,
            status: c.status,
            worst: c.worst?.value ?? null,
        })),
        provenance: report.provenance,
        artifact_url: extra.artifact_url ?? null,
        run_url: extra.run_url ?? null,
        generated_at: report.generated_at,
    };
}
/** The body for the receiver's format: canary-gate's JSON, Slack blocks or a Teams Adaptive Card. */
function formatWebhook(format, report, links) {
    if (format === 'slack')
        return slackMessage(report, links);
    if (format === 'teams')
        return teamsMessage(report, links);
    return webhookPayload(report, links);
}
async function postWebhook(url, secret, payload, opts = {}) {
    const body = JSON.stringify(payload);
    const headers = {};
    if (secret)
        headers['x-canary-gate-signature'] = signature(body, secret);
    // Send `user:password@` as basic auth, as curl would.
    const { target, authorization } = splitCredentials(url);
    if (authorization)
        headers.authorization = authorization;
    return postJson({ what: 'webhook', url: target, shown: safeUrl(url), headers }, body, opts);
}

;// CONCATENATED MODULE: ./src/github/notify.ts



async function notify(report, inputs, links, signal) {
    if (inputs.webhookUrl) {
        const url = inputs.webhookUrl;
        await (0,log/* group */.v7)('webhook', async () => {
            const payload = log/* redactor */.$p.json(formatWebhook(inputs.webhookFormat, report, links));
            if (await postWebhook(url, inputs.webhookSecret, payload, { signal }))
                (0,log/* info */.pq)(`webhook delivered (${inputs.webhookFormat})`);
        });
    }
    if (inputs.grafanaUrl) {
        const url = inputs.grafanaUrl;
        await (0,log/* group */.v7)('Grafana annotation', async () => {
            const annotation = grafanaAnnotation(report, links);
            if (!annotation)
                return (0,log/* warning */.$e)('Grafana annotation skipped: the bake has no start time (a recording without `start`)');
            const body = log/* redactor */.$p.json(annotation);
            if (await postGrafanaAnnotation(url, inputs.grafanaToken, body, { signal }))
                (0,log/* info */.pq)('Grafana annotation added');
        });
    }
}


/***/ })

};
