import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';
import type { Resource } from '../../src/rule-api/resource';
import type { Path, ResourceType } from '../../src/rule-api/types';
import type { SourceDocument } from '../../src/sources/document';
import { URL_FIELDS } from '../organization-name-placeholder/index';

/** The fields orglint's rules read, per resource type: a placeholder elsewhere hides nothing from them. */
export const READ_FIELDS: Record<ResourceType, readonly string[]> = {
  client: [
    'organization_usage', 'organization_require_behavior', 'organization_discovery_methods', 'default_organization',
    ...URL_FIELDS, 'grant_types', 'app_type', 'is_first_party', 'oidc_conformant', 'name', 'addons',
  ],
  clientGrant: ['organization_usage', 'allow_any_organization', 'client_id'],
  organization: ['name', 'display_name', 'metadata', 'branding', 'connections', 'discovery_domains', 'third_party_client_access', 'client_grants'],
  connection: ['name', 'strategy', 'enabled_clients', 'is_domain_connection'],
  prompts: ['universal_login_experience'],
  tenantSettings: ['default_redirection_uri'],
};

const KEYWORD = /(##|@@)[A-Za-z0-9_.-]+\1/g;
const URL_FIELD_SET = new Set<string>(URL_FIELDS);
const unresolved = new WeakMap<SourceDocument, Set<string>>();

/** The placeholders the document left unresolved (its keyword mapping, if any, had no value for them). */
function unresolvedIn(doc: SourceDocument): Set<string> {
  let set = unresolved.get(doc);
  if (!set) unresolved.set(doc, (set = new Set(doc.placeholders.map((p) => p.text))));
  return set;
}

/**
 * Does a placeholder inside this string (not the whole of it) hide something from a rule? A URL matters only
 * when it holds `{organization_name}`; a client's name is compared as written (the same keyword gives the same
 * name); every other field is checked as a whole value.
 */
function partMatters(type: ResourceType, at: Path, text: string): boolean {
  const field = String(at[0]);
  if (type === 'client' && URL_FIELD_SET.has(field)) return text.includes('{organization_name}');
  if (type === 'client' && field === 'name') return false;
  if (type === 'clientGrant' && field === 'client_id') return false;
  return true;
}

/** `callbacks[2]`, `addons.wsfed`, `default_organization.flows[0]` */
function fieldName(at: Path): string {
  return at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export default defineRule({
  id: 'unresolved-keyword',
  meta: {
    description: 'a deploy-cli keyword placeholder (##KEY## or @@KEY@@) without a value hides a field from the checks that read it',
    severity: 'info',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/deploy-monitor/deploy-cli-tool/keyword-replacement',
  },
  defaultOptions: {},
  messages: {
    unresolved:
      'keyword {{keyword}} in {{field}} has no value, so the checks of this value were skipped; give its value with --keywords FILE or keywords: in the config',
  },
  check(ctx) {
    // the path of the value being visited, grown and shrunk in place: a copy is made only for a string that may
    // hold a keyword (every field of every resource of a document with one placeholder is visited)
    const path: (string | number)[] = [];
    const visit = (r: Resource, value: unknown): void => {
      if (typeof value === 'string') {
        if (!value.includes('##') && !value.includes('@@')) return;
        const at: Path = path.slice();
        const whole = isPlaceholder(value);
        if (!whole && !partMatters(r.type, at, value)) return;
        const known = unresolvedIn(r.doc);
        const seen = new Set<string>();
        for (const m of value.matchAll(KEYWORD)) {
          if (!known.has(m[0]) || seen.has(m[0])) continue;
          seen.add(m[0]);
          ctx.report({ messageId: 'unresolved', resource: r, at, data: { keyword: m[0], field: fieldName(at) } });
        }
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(r, value[i]);
          path.pop();
        }
      } else if (isObject(value)) {
        // of the add-ons only WS-Fed matters (organization-incompatible-grant), and only whether it is there
        if (r.type === 'client' && path.length === 1 && path[0] === 'addons') {
          if ('wsfed' in value) {
            path.push('wsfed');
            visit(r, value.wsfed);
            path.pop();
          }
          return;
        }
        if (path.length === 2 && path[0] === 'addons') return;
        for (const k of Object.keys(value)) {
          path.push(k);
          visit(r, value[k]);
          path.pop();
        }
      }
    };
    const { tenant } = ctx;
    for (const list of [tenant.clients, tenant.clientGrants, tenant.organizations, tenant.connections, tenant.settings]) {
      for (const r of list) {
        if (r.doc.placeholders.length === 0) continue;
        // {organization_name} in a URL is only evaluated for applications that use Organizations: a keyword in
        // the callbacks of a `deny` application hides nothing anyone would act on (most real exports)
        const usage = r.value.organization_usage;
        const urlsMatter = r.type !== 'client' || usage === 'allow' || usage === 'require' || isPlaceholder(usage) || (usage === undefined && r.partial);
        for (const field of READ_FIELDS[r.type]) {
          if (!(field in r.value) || (!urlsMatter && URL_FIELD_SET.has(field))) continue;
          path.push(field);
          visit(r, r.value[field]);
          path.pop();
        }
      }
    }
  },
});
