/** How a secret value is masked: as written, JSON-escaped, and in the pieces a multi-line or folded value is written in. */

/** the shortest whole value, and the shortest piece of one, masked wherever it appears */
const MIN_VALUE = 4;
const MIN_PIECE = 6;

/** a secret value, its JSON-escaped form, and the pieces of each */
export function addValue(found: Set<string>, s: string): void {
  addForm(found, s);
  // the escaped form is the string itself unless it holds a quote, a backslash, a control character or a lone
  // surrogate (what JSON.stringify escapes)
  if (!NEEDS_ESCAPE.test(s)) return;
  const escaped = JSON.stringify(s).slice(1, -1);
  if (escaped !== s) addForm(found, escaped);
}

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** a form of a secret value, and the pieces it is written in, as masks */
function addForm(found: Set<string>, form: string): void {
  if (form.length >= MIN_VALUE) found.add(form);
  // a value without a separator is one piece, already added whole
  if (form.length < MIN_PIECE || !PIECE_SEPARATOR.test(form)) return;
  for (const piece of form.split(PIECE_SPLIT)) if (piece.length >= MIN_PIECE) found.add(piece);
}

const PIECE_SPLIT = /[\s;,&=]+|\\n/;
const PIECE_SEPARATOR = /[\s;,&=]|\\n/;
