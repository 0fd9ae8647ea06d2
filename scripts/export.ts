// npm run export -- --format geojson|csv [--corpus FILE] [--out FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--topics id,id]
// The command itself is scripts/export-cli.ts; this file only connects it to the process.
import { runExport } from './export-cli';

process.exitCode = runExport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
