// `npm run questions`: the question generator's CLI (questions/cli.ts) from a one-file bundle.
//
// Under tsx a cold run spends most of its time loading the generator's ~100 TypeScript modules
// through tsx's loader (and tsx itself). So the CLI runs as one plain JavaScript file, bundled by
// esbuild (the copy tsx ships) into node_modules/.cache/factdeck/, with compromise's one-file
// CommonJS build inside. The bundle is rebuilt whenever one of its inputs changed (size or mtime,
// from esbuild's metafile), so a fresh clone or an edit under questions/ or lib/ needs no step of
// its own: the first run builds it (about half a second). Arguments, output and exit codes are
// questions/cli.ts's own.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = join(root, "node_modules", ".cache", "factdeck");
const bundle = join(cacheDir, "questions-cli.mjs");
const inputsFile = join(cacheDir, "questions-cli.inputs.json");

/** True when the bundle exists and every input it was built from is unchanged. */
function fresh() {
  let inputs;
  try {
    statSync(bundle);
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  for (const [file, [size, mtimeMs]] of Object.entries(inputs)) {
    try {
      const st = statSync(join(root, file));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

async function rebuild() {
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve("tsx/package.json"))("esbuild");
  const compromiseBuild = require.resolve("compromise");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["questions/cli.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: `${bundle}.${process.pid}.tmp`,
    write: true,
    metafile: true,
    logLevel: "error",
    // Tells questions/cli.ts it runs bundled: compromise is already the CommonJS build below.
    define: { FACTDECK_CLI_BUNDLE: "true" },
    // The bundle is ES modules; bundled CommonJS (compromise) may call require for Node's own modules.
    banner: { js: 'import { createRequire as __factdeckRequire } from "node:module"; const require = __factdeckRequire(import.meta.url);' },
    plugins: [
      {
        name: "compromise-cjs",
        setup(b) {
          b.onResolve({ filter: /^compromise$/ }, () => ({ path: compromiseBuild }));
        },
      },
    ],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const st = statSync(join(root, file));
    inputs[file] = [st.size, st.mtimeMs];
  }
  // Each through a file of its own first: two first runs at once (parallel tests) do not mix.
  renameSync(`${bundle}.${process.pid}.tmp`, bundle);
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}

if (!fresh()) {
  mkdirSync(cacheDir, { recursive: true });
  await rebuild();
}
await import(pathToFileURL(bundle).href);
