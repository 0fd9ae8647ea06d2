// npm run draft -- <article.txt|.html> [--published YYYY-MM-DD] [--outlet NAME] [--headline TEXT] [--json]
// The command itself is scripts/draft-cli.ts; this file only connects it to the process.
import { runDraft } from './draft-cli';

process.exitCode = runDraft(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
