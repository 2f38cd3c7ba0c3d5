export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _policy_empty_stages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6547);
/* harmony import */ var _read_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8916);
/** `canary-gate validate --config F`: every policy problem at once, each with its line, or a summary. */


function validateCommand(path, io) {
    const { policy } = (0,_read_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .readPolicyFile */ .B)(path);
    const metrics = Object.values(policy.metrics);
    const judged = metrics.filter((m) => m.judge).map((m) => `${m.name} (${m.judge.type})`);
    const stages = Object.values(policy.stages).map((s) => `${s.name}: ${count(s.gates.length, 'gate')}, ${count(s.triggers.length, 'trigger')}${s.score ? `, score >= ${s.score.min}` : ''}`);
    // Dry-run checks are listed, so nobody mistakes a check under trial for one that can stop a release.
    for (const stage of Object.values(policy.stages)) {
        const trial = [
            ...stage.gates.filter((c) => c.dryRun).map((c) => `gate ${c.metric} ${c.condition.text}`),
            ...stage.triggers
                .filter((c) => c.dryRun)
                .map((c) => `${c.action} trigger ${c.metric} ${c.condition.text}`),
            ...metrics.filter((m) => m.judge?.dryRun).map((m) => `judge ${m.judge.type} on ${m.name}`),
            ...(stage.score?.dryRun ? [`score >= ${stage.score.min}`] : []),
        ];
        if (trial.length)
            io.stdout(`dry-run in ${stage.name} (judged and shown, never decide): ${trial.join('; ')}\n`);
    }
    for (const stage of Object.values(policy.stages))
        if ((0,_policy_empty_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .checksNothing */ .V)(policy, stage))
            io.stderr(`warning: ${(0,_policy_empty_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .checksNothingWarning */ .n)(policy, stage)}\n`);
    io.stdout(`${path}: ok — ${count(metrics.length, 'metric')}, ${count(stages.length, 'stage')} (${stages.join('; ')})` +
        (judged.length ? `; judges: ${judged.join(', ')}` : '') +
        '\n');
    return 0;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;


/***/ })

};
