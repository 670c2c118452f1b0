/** The JSON Web Keys a document's text holds outside its parsed value, or in another form than it (redact-jwk.ts). */
import { textJwkMembers } from './redact-hcl';
import { JSON_TEXT, mayHoldKty, scanJwkText, YAML_TEXT } from './redact-jwk';

/**
 * Add the private members of the JSON Web Keys written in a document's text, as masks: a Terraform file's HCL
 * (textJwkMembers: object literals, and the strings, heredocs and comments holding JSON or YAML), a YAML or JSON
 * file's text (scanJwkText: comments, strings that are not JSON on their own, escaped values, a file that does
 * not parse). One pass over the text; a text without a `kty` word is not read (`holdsKty`: mayHoldKty's answer,
 * when the caller already asked it).
 */
export function textJwks(text: string, format: 'yaml' | 'json' | 'hcl', found: Set<string>, holdsKty = mayHoldKty(text)): void {
  if (!holdsKty) return;
  if (format === 'hcl') textJwkMembers(text, found);
  else scanJwkText(text, found, format === 'yaml' ? YAML_TEXT : JSON_TEXT);
}
