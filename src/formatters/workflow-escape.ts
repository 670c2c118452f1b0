// How a text is written into a GitHub Actions workflow command: the github format's, and the forms of a secret
// the outputs mask (cli/outputs.ts), without loading the formatter.

/**
 * Escape a workflow command's message: `%`, CR and LF as the runner expects, and any other control character
 * (an ESC from a hostile file name would rewrite the log viewer's terminal) as a visible `\uXXXX`.
 */
export function escapeData(s: string): string {
  // most texts need nothing: one scan says so
  if (!DATA_SPECIAL.test(s)) return s;
  return s
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const DATA_SPECIAL = /[%\u0000-\u001f\u007f-\u009f]/;

/** Escape a workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
