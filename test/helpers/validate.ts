/** html-validate over a built site, as every page-level test checks it. */
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './tree.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off' } });

/** Every html-validate error of `files` (default: every .html file under `dir`), as `file:line:column rule message`. */
export async function validationErrors(dir: string, files?: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files ?? (await htmlFiles(dir))) {
    const report = await validator.validateFile(path.join(dir, file));
    for (const result of report.results) for (const m of result.messages) if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return errors;
}
