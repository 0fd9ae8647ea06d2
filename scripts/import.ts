// npm run import -- <file> [--preset auto|dateline|geojson|acled|ucdp|gdelt] [--out corpus.json]
// The command itself is scripts/import-cli.ts; this file only connects it to the process.
import { runImport } from './import-cli';

process.exitCode = runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
