import { escapeControls, type TenantStatus } from './types';

export type { TenantStatus };

/**
 * `orglint audit --live` of several tenants (one `--domain` each): each tenant read and its totals, or why it
 * was not audited, in every output format. One helper per format, as skipped.ts, so each formatter adds one
 * call; absent (a single tenant, files) they add nothing.
 */

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** `4 clients: 1 error, 2 warnings, 0 infos`, or `not audited: REASON`. */
export function tenantText(t: TenantStatus): string {
  if (!t.audited) return `not audited: ${t.reason ?? 'not read'}`;
  return `${plural(t.clients, 'client')}: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}`;
}

/** `1 of 3 tenants not audited`, or `3 tenants audited`. */
export function tenantsHeadline(list: readonly TenantStatus[]): string {
  const failed = list.filter((t) => !t.audited).length;
  return failed ? `${failed} of ${plural(list.length, 'tenant')} not audited` : `${plural(list.length, 'tenant')} audited`;
}

/** `1 of 3 tenants not audited: the totals cover the others only`, when one was not; else undefined. */
export function unauditedLine(list: readonly TenantStatus[] | undefined): string | undefined {
  if (allAudited(list)) return undefined;
  return `${tenantsHeadline(list!)}: the totals cover the others only`;
}

/** stylish: a heading line and one indented line a tenant (after the totals). */
export function tenantsLines(list: readonly TenantStatus[] | undefined): string[] {
  if (!list?.length) return [];
  return [`  ${tenantsHeadline(list)}:`, ...list.map((t) => `    ${escapeControls(t.tenant)}  ${escapeControls(tenantText(t))}`)];
}

/** compact: `orglint: tenant URL: …` one a line. */
export function tenantsCompact(list: readonly TenantStatus[] | undefined): string[] {
  return (list ?? []).map((t) => `orglint: tenant ${escapeControls(t.tenant)}: ${escapeControls(tenantText(t))}\n`);
}

/** The JSON contract's `tenants`: `[{tenant, audited, clients, errors, warnings, infos, reason?}]`, in order. */
export function tenantsJson(list: readonly TenantStatus[]): Record<string, unknown>[] {
  return list.map((t) => (t.audited ? { tenant: t.tenant, audited: true, clients: t.clients, errors: t.errors, warnings: t.warnings, infos: t.infos } : { tenant: t.tenant, audited: false, reason: t.reason ?? 'not read' }));
}

/** SARIF `toolExecutionNotifications`: an error for a tenant not audited, a note for each one audited. */
export function tenantsSarifNotifications(list: readonly TenantStatus[] | undefined): Record<string, unknown>[] {
  return (list ?? []).map((t) => ({
    level: t.audited ? 'note' : 'error',
    message: { text: `tenant ${t.tenant}: ${tenantText(t)}` },
    properties: { tenant: t.tenant, audited: t.audited },
  }));
}

/** Whether every tenant was audited (SARIF's `executionSuccessful`). */
export function allAudited(list: readonly TenantStatus[] | undefined): boolean {
  return (list ?? []).every((t) => t.audited);
}

/** Markdown: a heading and a table of tenant, status and totals (`code`/`text` escape for Markdown). */
export function tenantsMarkdown(list: readonly TenantStatus[] | undefined, code: (s: string) => string, text: (s: string) => string): string[] {
  if (!list?.length) return [];
  const rows = list.map((t) =>
    t.audited ? `| ${code(t.tenant)} | audited | ${t.clients} | ${t.errors} | ${t.warnings} | ${t.infos} |` : `| ${code(t.tenant)} | **not audited**: ${text(t.reason ?? 'not read')} | | | | |`,
  );
  return [`### Tenants (${text(tenantsHeadline(list))})`, '', '| tenant | status | clients | errors | warnings | infos |', '|---|---|---:|---:|---:|---:|', ...rows, ''];
}

/** HTML: a list under the figures (`esc` escapes text). */
export function tenantsHtml(list: readonly TenantStatus[] | undefined, esc: (s: string) => string): string {
  if (!list?.length) return '';
  const items = list.map((t) => `<li${t.audited ? '' : ' class="error"'}><code>${esc(t.tenant)}</code>: ${esc(tenantText(t))}</li>`);
  return `<section class="tenants" id="live-tenants"><p>${esc(tenantsHeadline(list))}:</p><ul>\n${items.join('\n')}\n</ul></section>`;
}

/** JUnit: a test suite with a test case a tenant; a tenant not audited is an `<error>` (`xml` escapes text). */
export function tenantsJunit(list: readonly TenantStatus[] | undefined, xml: (s: string) => string): { text: string; tests: number; errors: number } {
  if (!list?.length) return { text: '', tests: 0, errors: 0 };
  const errors = list.filter((t) => !t.audited).length;
  const cases = list.map((t) =>
    t.audited
      ? `    <testcase classname="orglint.tenants" name="${xml(t.tenant)}"/>`
      : `    <testcase classname="orglint.tenants" name="${xml(t.tenant)}"><error message="${xml(tenantText(t))}"/></testcase>`,
  );
  return { text: `  <testsuite name="(tenants)" tests="${list.length}" failures="0" errors="${errors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n`, tests: list.length, errors };
}

/** GitHub workflow commands: an error for a tenant not audited, one notice listing the tenants (`data`/`prop` escape). */
export function tenantsGithub(list: readonly TenantStatus[] | undefined, data: (s: string) => string, prop: (s: string) => string): string {
  if (!list?.length) return '';
  const out = list.filter((t) => !t.audited).map((t) => `::error title=${prop('orglint: tenant not audited')}::${data(`${t.tenant}: ${tenantText(t)}`)}\n`);
  out.push(`::notice title=${prop('orglint: tenants')}::${data(`${tenantsHeadline(list)}: ${list.map((t) => `${t.tenant} (${tenantText(t)})`).join('; ')}`)}\n`);
  return out.join('');
}
