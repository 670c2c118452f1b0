import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean } from '../rule-api/helpers';
import { FORMATTERS, type FormatInput } from '../formatters/index';
import { UsageError, type CliIO } from './io';

/** One `-f NAME[=FILE]`. */
export interface OutputSpec {
  format: string;
  file?: string;
}

/** Parse `-f` values; with none, `stylish` to stdout. */
export function parseOutputs(values: readonly string[] | undefined): OutputSpec[] {
  const specs = (values?.length ? values : ['stylish']).map((v) => {
    const eq = v.indexOf('=');
    const format = (eq === -1 ? v : v.slice(0, eq)).trim();
    const file = eq === -1 ? undefined : v.slice(eq + 1);
    if (!(format in FORMATTERS)) {
      const hint = didYouMean(format, Object.keys(FORMATTERS));
      throw new UsageError(`unknown format "${format}"${hint ? `; did you mean "${hint}"?` : ''} (formats: ${Object.keys(FORMATTERS).join(', ')})`);
    }
    if (file === '') throw new UsageError(`-f ${format}=: the file name is empty`);
    return { format, file };
  });
  return specs;
}

/** Render every requested output; files are written atomically, the rest goes to stdout. */
export async function writeOutputs(specs: readonly OutputSpec[], input: Omit<FormatInput, 'color'>, io: CliIO, color: boolean): Promise<void> {
  for (const spec of specs) {
    const formatter = await FORMATTERS[spec.format]();
    if (spec.file) {
      const text = formatter({ ...input, color: false });
      const file = path.resolve(io.cwd, spec.file);
      await mkdir(path.dirname(file), { recursive: true });
      try {
        const { writeFileAtomic } = await import('../fix/run-fixes');
        await writeFileAtomic(file, text);
      } catch (err) {
        throw new UsageError(`cannot write ${spec.file}: ${(err as Error).message}`);
      }
    } else {
      io.stdout(formatter({ ...input, color }));
    }
  }
}
