export const id = 8;
export const ids = [8];
export const modules = {

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyJsonSchema: () => (/* binding */ policyJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2964);
/** JSON Schema of the policy file, generated from the same zod schema the loader checks with. */


function policyJsonSchema() {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyFileSchema */ .ou, { target: 'draft-7' });
}


/***/ })

};
