/**
 * What changes for users between two login models (`orglint flows --diff BASE`), application by application, in
 * words, most severe first. Pure: two models in, sentences out.
 */
import { quote } from '../rule-api/define-rule';
import {
  discoverySentence,
  invitationSentence,
  orgWithConnections,
  outcomeSentence,
  personalSentence,
  promptSentence,
  usersSentence,
} from './phrases';
import type { Answer, ApplicationModel, GrantAccess, OrganizationReach, TenantModel } from './types';

/**
 * `breaking`: users or jobs lose access (a request now rejected, an organization or connection gone);
 * `widening`: they gain it (more organizations, personal login, any organization); `unknown`: a known answer
 * became unknown; `changed`: anything else users notice.
 */
export type ChangeSeverity = 'breaking' | 'widening' | 'unknown' | 'changed';
const RANK: Record<ChangeSeverity, number> = { breaking: 0, widening: 1, unknown: 2, changed: 3 };

export interface FlowChange {
  severity: ChangeSeverity;
  /** the tenant, as keyed for matching (relative to each side's root) */
  tenant: string;
  application: string;
  /** what changed: `withoutOrganization`, `prompt`, `organizations/acme`, `clientGrant/https://api`, … */
  aspect: string;
  before: string;
  after: string;
  /** "Partner Portal: users without an organization were prompted …; now their requests are rejected" */
  text: string;
}

/** values where users or jobs get nothing */
const DENIED = new Set(['rejected', 'cannot-be-created', 'fails', 'no', 'not-usable']);

function severityOf(before: Answer, after: Answer): ChangeSeverity {
  if (after.value === 'unknown') return 'unknown';
  if (before.value === 'unknown') return 'changed';
  const was = DENIED.has(before.value);
  const is = DENIED.has(after.value);
  if (!was && is) return 'breaking';
  if (was && !is) return 'widening';
  return 'changed';
}

/**
 * Changes from `base` to `head`. `tenantKey` maps a tenant id of either side to the key both share (its path
 * relative to that side's root), so a tenant is matched with itself.
 */
export function diffModels(base: readonly TenantModel[], head: readonly TenantModel[], tenantKey: (id: string, side: 'base' | 'head') => string): FlowChange[] {
  const changes: FlowChange[] = [];
  const baseTenants = new Map(base.map((t) => [tenantKey(t.id, 'base'), t]));
  const headTenants = new Map(head.map((t) => [tenantKey(t.id, 'head'), t]));
  for (const key of new Set([...baseTenants.keys(), ...headTenants.keys()])) {
    const before = appsByName(baseTenants.get(key));
    const after = appsByName(headTenants.get(key));
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(name);
      const a = after.get(name);
      const label = displayName(name);
      if (!b && a) changes.push({ severity: 'widening', tenant: key, application: label, aspect: 'application', before: '(none)', after: 'added', text: `${label}: new application; ${summary(a)}` });
      else if (b && !a) changes.push({ severity: 'breaking', tenant: key, application: label, aspect: 'application', before: 'present', after: '(removed)', text: `${label}: the application is removed; its users can no longer log in to it` });
      else if (a && b) changes.push(...diffApp(key, label, b, a));
    }
  }
  return sortChanges(changes);
}

/** most severe first, then by tenant and application */
export function sortChanges(changes: FlowChange[]): FlowChange[] {
  return changes.sort((x, y) => RANK[x.severity] - RANK[y.severity] || cmp(x.tenant, y.tenant) || cmp(x.application, y.application));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** applications by name; a second app of the same name is `name#2` (duplicates are matched in order) */
function appsByName(t: TenantModel | undefined): Map<string, ApplicationModel> {
  const m = new Map<string, ApplicationModel>();
  for (const a of t?.applications ?? []) {
    let key = a.name;
    for (let n = 2; m.has(key); n++) key = `${a.name}\u0000${n}`;
    m.set(key, a);
  }
  return m;
}

/** an application's name as the sentences show it: cut when huge, `(#2)` for a second of the same name */
const displayName = (key: string) => {
  const m = /\u0000(\d+)$/.exec(key);
  const name = m ? key.slice(0, m.index) : key;
  const shown = name.length > 120 ? `${name.slice(0, 117)}...` : name;
  return m ? `${shown} (#${m[1]})` : shown;
};

function summary(a: ApplicationModel): string {
  const w = a.flows?.withoutOrganization;
  if (!w) return 'machine-to-machine';
  return outcomeSentence('users without an organization', { value: 'unknown', source: [] }, w).replace(/^.*; now /, 'users without an organization: ');
}

function diffApp(tenant: string, app: string, b: ApplicationModel, a: ApplicationModel): FlowChange[] {
  const out: FlowChange[] = [];
  const push = (aspect: string, before: Answer | undefined, after: Answer | undefined, sentence: (x: Answer, y: Answer) => string, access = true) => {
    if (!before || !after || same(before, after)) return;
    // only answers about access can break or widen it; a prompt or discovery change is a change
    const severity = access ? severityOf(before, after) : after.value === 'unknown' ? 'unknown' : 'changed';
    out.push({ severity, tenant, application: app, aspect, before: before.value, after: after.value, text: `${app}: ${sentence(before, after)}` });
  };
  push('users', b.users, a.users, usersSentence, false);
  push('withoutOrganization', b.flows?.withoutOrganization, a.flows?.withoutOrganization, (x, y) => outcomeSentence('users without an organization', x, y));
  push('validOrganization', b.flows?.validOrganization, a.flows?.validOrganization, (x, y) => outcomeSentence('users who name an organization it can use', x, y));
  push('unusableOrganization', b.flows?.unusableOrganization, a.flows?.unusableOrganization, (x, y) => outcomeSentence('users who name an organization it cannot use', x, y));
  push('invitation', b.flows?.invitation, a.flows?.invitation, invitationSentence);
  push('prompt', b.prompt, a.prompt, promptSentence, false);
  push('discovery', b.discovery, a.discovery, discoverySentence, false);
  push('personalLogin', b.personalLogin, a.personalLogin, personalSentence);
  out.push(...diffOrganizations(tenant, app, b, a));
  out.push(...diffGrants(tenant, app, b, a));
  return out;
}

/** two answers users cannot tell apart (unknown ↔ unknown counts as the same, whatever the reason) */
function same(x: Answer, y: Answer): boolean {
  return x.value === y.value;
}

function diffOrganizations(tenant: string, app: string, b: ApplicationModel, a: ApplicationModel): FlowChange[] {
  const out: FlowChange[] = [];
  const ob = b.organizations;
  const oa = a.organizations;
  if (!ob || !oa) return out;
  const base = { tenant, application: app };
  if (oa.value === 'unknown' && ob.value !== 'unknown') {
    out.push({ ...base, severity: 'unknown', aspect: 'organizations', before: ob.value, after: 'unknown', text: `${app}: the organizations it reaches are no longer known (${oa.reason ?? ''})` });
    return out;
  }
  if (oa.value === 'unknown' || ob.value === 'unknown') return out;
  const usable = (list: OrganizationReach[]) => new Map(list.filter((r) => r.access.value === 'usable').map((r) => [r.name, r]));
  const before = usable(ob.list);
  const after = usable(oa.list);
  const all = new Map([...ob.list, ...oa.list].map((r) => [r.name, r]));
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(name);
    const y = after.get(name);
    const q = quote(name);
    if (x && !y) {
      const now = oa.list.find((r) => r.name === name);
      const why = now ? (now.access.reason ? ` (${now.access.reason})` : now.access.value === 'unknown' ? ' (unknown)' : '') : ' (the organization is gone or the app no longer uses organizations)';
      const severity = now?.access.value === 'unknown' ? 'unknown' : 'breaking';
      out.push({ ...base, severity, aspect: `organizations/${name}`, before: 'usable', after: now?.access.value ?? 'gone', text: `${app}: users could log in to organization ${q}; now they cannot${why}` });
    } else if (!x && y) {
      out.push({ ...base, severity: 'widening', aspect: `organizations/${name}`, before: all.has(name) && ob.list.some((r) => r.name === name) ? 'not usable' : 'none', after: 'usable', text: `${app}: users can now log in to organization ${q} through ${connectionWords(y)}` });
    } else if (x && y) out.push(...diffConnections(base, app, name, x, y));
  }
  return out;
}

function connectionWords(r: OrganizationReach): string {
  return orgWithConnections(r).replace(/^[^(]*\(/, '').replace(/\)$/, '').replace(/^no connection$/, 'no connection yet');
}

function diffConnections(base: { tenant: string; application: string }, app: string, org: string, x: OrganizationReach, y: OrganizationReach): FlowChange[] {
  const out: FlowChange[] = [];
  const q = quote(org);
  if (x.connections.value === 'unknown' || y.connections.value === 'unknown') {
    if (x.connections.value !== y.connections.value && y.connections.value === 'unknown') {
      out.push({ ...base, severity: 'unknown', aspect: `organizations/${org}/connections`, before: 'listed', after: 'unknown', text: `${app}: the connections of organization ${q} are no longer known` });
    }
    return out;
  }
  const before = new Map(x.connections.list.map((c) => [c.name, c]));
  const after = new Map(y.connections.list.map((c) => [c.name, c]));
  for (const [name, c] of before) {
    if (!after.has(name)) out.push({ ...base, severity: 'breaking', aspect: `organizations/${org}/connections/${name}`, before: 'enabled', after: 'removed', text: `${app}: users of organization ${q} can no longer log in through connection ${quote(name)}` });
    else {
      const d = after.get(name)!;
      // §4.4: whether an organization login also needs the connection enabled for the app is ❓ (sources disagree)
      if (c.enabledForApp !== d.enabledForApp && d.enabledForApp !== true) {
        const now = d.enabledForApp === false ? 'is no longer enabled for the app' : 'is no longer known to be enabled for the app';
        out.push({ ...base, severity: 'unknown', aspect: `organizations/${org}/connections/${name}/app`, before: String(c.enabledForApp), after: String(d.enabledForApp), text: `${app}: connection ${quote(name)} of organization ${q} ${now}; whether its users can still log in through it is not documented` });
      } else if (c.enabledForApp !== true && d.enabledForApp === true) {
        out.push({ ...base, severity: 'unknown', aspect: `organizations/${org}/connections/${name}/app`, before: String(c.enabledForApp), after: 'true', text: `${app}: connection ${quote(name)} of organization ${q} is now enabled for the app; whether that opens it to the organization's users is not documented` });
      }
      if (c.membershipOnLogin === true && d.membershipOnLogin !== true) {
        out.push({ ...base, severity: 'breaking', aspect: `organizations/${org}/connections/${name}/membership`, before: 'membership on login', after: 'members only', text: `${app}: users who are not yet members of organization ${q} no longer become members when they log in through ${quote(name)}` });
      } else if (c.membershipOnLogin !== true && d.membershipOnLogin === true) {
        out.push({ ...base, severity: 'widening', aspect: `organizations/${org}/connections/${name}/membership`, before: 'members only', after: 'membership on login', text: `${app}: anyone who logs in to organization ${q} through ${quote(name)} now becomes a member` });
      }
    }
  }
  for (const name of after.keys()) {
    if (!before.has(name)) out.push({ ...base, severity: 'widening', aspect: `organizations/${org}/connections/${name}`, before: 'none', after: 'enabled', text: `${app}: users of organization ${q} can now log in through connection ${quote(name)}` });
  }
  return out;
}

function diffGrants(tenant: string, app: string, b: ApplicationModel, a: ApplicationModel): FlowChange[] {
  const out: FlowChange[] = [];
  const mb = b.machineToMachine;
  const ma = a.machineToMachine;
  const base = { tenant, application: app };
  if (mb?.value === 'listed' || ma?.value === 'listed') {
    const before = new Map((mb?.grants ?? []).map((g) => [g.audience, g]));
    const after = new Map((ma?.grants ?? []).map((g) => [g.audience, g]));
    for (const aud of new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(aud);
      const y = after.get(aud);
      const subject = (what: string) => `client-credentials requests for ${aud} ${what}`;
      if (x && !y) {
        if (ma?.value === 'unknown') continue;
        out.push({ ...base, severity: 'breaking', aspect: `clientGrant/${aud}`, before: 'granted', after: 'removed', text: `${app}: the client grant for ${aud} is removed; its client-credentials requests fail` });
        continue;
      }
      if (!x && y) {
        out.push({ ...base, severity: 'widening', aspect: `clientGrant/${aud}`, before: 'none', after: 'granted', text: `${app}: new client grant for ${aud}: ${grantWords(y)}` });
        continue;
      }
      if (!x || !y) continue;
      const push = (aspect: string, p: Answer, q: Answer, s: string) => {
        if (same(p, q) && sameOrgs(p, q)) return;
        const sev = severityOf(p, q);
        const extra: [string, string] = orgExtra(p, q);
        out.push({ ...base, severity: sev === 'changed' && q.value === 'any-organization' ? 'widening' : sev, aspect, before: p.value, after: q.value, text: `${app}: ${outcomeSentence(subject(s), p, q, undefined, extra)}` });
      };
      push(`clientGrant/${aud}/withoutOrganization`, x.withoutOrganization, y.withoutOrganization, 'without an organization');
      push(`clientGrant/${aud}/withOrganization`, x.withOrganization, y.withOrganization, 'with an organization');
    }
  } else if (mb && ma && mb.value !== ma.value && ma.value === 'unknown') {
    out.push({ ...base, severity: 'unknown', aspect: 'clientGrants', before: mb.value, after: 'unknown', text: `${app}: its client grants are no longer known (${ma.reason ?? ''})` });
  }
  return out;
}

function grantWords(g: GrantAccess): string {
  return outcomeSentence('', { value: 'unknown', source: [] }, g.withoutOrganization).replace(/^.*; now they /, 'without an organization they ');
}

function sameOrgs(p: Answer & { organizations?: string[] }, q: Answer & { organizations?: string[] }): boolean {
  return (p.organizations ?? []).join('\u0000') === (q.organizations ?? []).join('\u0000');
}

function orgExtra(p: Answer & { organizations?: string[] }, q: Answer & { organizations?: string[] }): [string, string] {
  const list = (x: { organizations?: string[] }) => (x.organizations?.length ? ` (${x.organizations.map((n) => quote(n)).join(', ')})` : '');
  return [p.value === 'associated-organizations' ? list(p) : '', q.value === 'associated-organizations' ? list(q) : ''];
}

/** with changes in several tenants, each line names its tenant */
function tenantPrefix(changes: readonly FlowChange[]): (c: FlowChange) => string {
  const several = new Set(changes.map((c) => c.tenant)).size > 1;
  return (c) => (several ? `${c.tenant}: ` : '');
}

/** The changes as Markdown, for the job summary (`flows-diff` output). */
export function diffMarkdown(changes: readonly FlowChange[], baseLabel: string, esc: (s: string) => string, code: (s: string) => string = esc): string {
  const lines = [`## orglint flows: what changes for users since ${code(baseLabel)}`, ''];
  if (changes.length === 0) lines.push('No change to any login flow.', '');
  else {
    const icon: Record<ChangeSeverity, string> = { breaking: '🔴 breaking', widening: '🟠 widening', unknown: '❔ unknown', changed: '🔵 changed' };
    const prefix = tenantPrefix(changes);
    for (const c of changes) lines.push(`- ${icon[c.severity]}: ${esc(prefix(c) + c.text)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The changes as text, one a line, most severe first. */
export function diffText(changes: readonly FlowChange[], baseLabel: string, esc: (s: string) => string): string {
  if (changes.length === 0) return `no change to any login flow since ${esc(baseLabel)}\n`;
  const prefix = tenantPrefix(changes);
  return `${changes.map((c) => `${c.severity.padEnd(8)}  ${esc(prefix(c) + c.text)}`).join('\n')}\n`;
}
