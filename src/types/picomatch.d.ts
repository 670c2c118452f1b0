/** The part of picomatch 2.x orglint uses (the package ships no types). */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    strictBrackets?: boolean;
    noextglob?: boolean;
    nocase?: boolean;
  }
  interface ScanResult {
    isGlob: boolean;
    negated: boolean;
    base: string;
    glob: string;
  }
  interface Picomatch {
    (pattern: string | string[], options?: PicomatchOptions): (input: string) => boolean;
    makeRe(pattern: string, options?: PicomatchOptions): RegExp;
    scan(pattern: string, options?: PicomatchOptions): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
