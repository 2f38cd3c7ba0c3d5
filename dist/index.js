var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/main.ts
// Action glue: inputs → bake → outputs, summary, comment, artifact, exit. (Filled in by the action issue.)
async function run() {
    throw new Error('not implemented yet');
}

;// CONCATENATED MODULE: ./src/index.ts
// Action entry: only runs main.

void run();

