/**
 * Whether a path ends with `suffix` (lowercase ASCII, such as `.json`), its letters in either case: what
 * `/\.json$/i` tests (a regular expression without the `u` flag folds ASCII letters only, so `K` matches `k` and
 * the Kelvin sign does not), reading the path's tail only instead of trying the pattern at each of its
 * characters. Every file of a run is asked this by several kinds.
 */
export function endsWithName(file: string, suffix: string): boolean {
  const start = file.length - suffix.length;
  if (start < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const c = file.charCodeAt(start + i);
    const s = suffix.charCodeAt(i);
    // (an upper-case ASCII letter is its lower-case one less 32; nothing else folds)
    if (c !== s && (s < 97 || s > 122 || c !== s - 32)) return false;
  }
  return true;
}

/** A Terraform JSON file (`.tf.json`, `.tfvars.json`), known by its name: never read as another kind of JSON. */
export const isTerraformJsonName = (file: string): boolean => endsWithName(file, '.json') && (endsWithName(file, '.tf.json') || endsWithName(file, '.tfvars.json'));
