import { missingShared } from './shared-folder';

/** globalSetup of vitest.shared.config.ts: without the shared folders, fail at once with the reason (never a pass). */
export default function requireShared(): void {
  const why = missingShared();
  if (why) throw new Error(why);
}
