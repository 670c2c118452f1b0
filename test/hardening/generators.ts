/**
 * Input generators for the hardening properties: random tenant exports in every style orglint reads, the real
 * files of this repository (examples, rule fixtures; plus the folder ORGLINT_FUZZ_SEEDS names, which
 * `npm run fuzz:long` sets to ../shared/real-world when it is there) as seeds, and the
 * mutations that turn them hostile (truncation, byte flips, deep nesting, huge strings, odd Unicode, CRLF).
 * No test framework here: vitest and scripts/fuzz-long.mjs both use it.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One file to lint: a name (it decides how orglint classifies the file) and its bytes. */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------------------
// values of the settings the rules look at, right and wrong

const USAGE = ['deny', 'allow', 'require', 'Require', 'ALLOW', 'Deny', 'required', 'allowed', 'deny ', 'requier', 'none', ''];
const BEHAVIOR = ['no_prompt', 'pre_login_prompt', 'post_login_prompt', 'Pre-Login-Prompt', 'pre-login-prompt', 'POST_LOGIN_PROMPT', 'prelogin', 'no-prompt', 'post_login'];
const APP_TYPE = ['spa', 'regular_web', 'native', 'non_interactive', 'rms', 'box', 'express_configuration', 'SPA', 'machine'];
const GRANTS = ['authorization_code', 'implicit', 'refresh_token', 'client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:device_code', 'Client_Credentials'];
const DISCOVERY = ['email', 'organization_name', 'Email', 'organization-name', 'domain', 'email'];
const FLOWS = ['client_credentials', 'Client_Credentials', 'authorization_code'];
const COLORS = ['#ffffff', '#FFF', '#0059d6', 'red', '#12345', 'rgb(0,0,0)', ''];
const PLACEHOLDERS = ['##ORG_USAGE##', '@@ORG_USAGE@@', '##DOMAIN##', '@@CALLBACKS@@'];

/** Text that is awkward in YAML and JSON: indicators, quotes, comment marks, Unicode beyond the BMP, RTL. */
const AWKWARD = [
  'Acme Portal', 'Müller GmbH', '日本語アプリ', 'app 🚀 rocket', 'a: b', 'x # not a comment', "it's", 'say "hi"', 'back\\slash',
  '- dash', '? q', '@at', '`tick', '|pipe', '>gt', '%pct', '!bang', '&amp', '*star', '{brace}', '[bracket]', 'yes', 'no', 'null',
  '~', '0x1F', '1e3', '.inf', '\u202eRTL override', 'zero\u200bwidth', 'e\u0301 combining', 'tab\there', '   padded   ', '',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
];

const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const text = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), word);
const oneOrOther = <T>(good: readonly T[], other: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: other });
const odd = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 5 }), text, fc.constantFrom(...PLACEHOLDERS), fc.constant([]), fc.constant({}));

/** A client as deploy-cli or the Management API writes it, with a random subset of settings. */
export const clientArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Portal', 'Dashboard', 'Worker', 'Mobile') }, { weight: 2, arbitrary: text }),
    client_id: fc.stringMatching(/^[A-Za-z0-9]{8,32}$/),
    app_type: oneOrOther(APP_TYPE, odd),
    is_first_party: fc.oneof(fc.boolean(), odd),
    oidc_conformant: fc.oneof(fc.boolean(), odd),
    grant_types: fc.oneof(fc.uniqueArray(fc.constantFrom(...GRANTS), { maxLength: 4 }), odd),
    callbacks: fc.array(fc.oneof(fc.webUrl(), fc.constant('https://##DOMAIN##/callback')), { maxLength: 2 }),
    organization_usage: oneOrOther(USAGE, odd),
    organization_require_behavior: oneOrOther(BEHAVIOR, odd),
    organization_discovery_methods: fc.oneof(fc.array(fc.constantFrom(...DISCOVERY), { maxLength: 3 }), odd),
    default_organization: fc.oneof(
      fc.record({ organization_id: fc.oneof(fc.stringMatching(/^org_[A-Za-z0-9]{16}$/), text), flows: fc.array(fc.constantFrom(...FLOWS), { maxLength: 2 }) }, { requiredKeys: [] }),
      odd,
    ),
    description: text,
    client_metadata: fc.dictionary(fc.oneof(word, fc.constantFrom('__proto__', 'constructor', 'prototype')), text, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

/** An organization with connections, branding and metadata. */
export const organizationArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/), text),
    display_name: text,
    branding: fc.record({ colors: fc.record({ primary: fc.constantFrom(...COLORS), page_background: fc.constantFrom(...COLORS) }, { requiredKeys: [] }), logo_url: fc.webUrl() }, { requiredKeys: [] }),
    metadata: fc.dictionary(word, fc.oneof(text, fc.string({ maxLength: 300 })), { maxKeys: 12 }),
    connections: fc.array(
      fc.record(
        {
          name: fc.constantFrom('Username-Password-Authentication', 'google-oauth2', 'enterprise'),
          assign_membership_on_login: fc.oneof(fc.boolean(), odd),
          show_as_button: fc.oneof(fc.boolean(), odd),
          is_signup_enabled: fc.oneof(fc.boolean(), odd),
        },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['name'] },
);

/** A client grant, with the organization settings of client credentials. */
export const grantArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    client_id: fc.constantFrom('Portal', 'Worker', 'abc123'),
    audience: fc.constantFrom('https://api.example.com/', 'https://acme.auth0.com/api/v2/'),
    scope: fc.array(fc.constantFrom('read:users', 'update:clients', 'create:organizations'), { maxLength: 3 }),
    organization_usage: oneOrOther(USAGE, odd),
    allow_any_organization: fc.oneof(fc.boolean(), odd),
  },
  { requiredKeys: ['client_id', 'audience'] },
);

/** A deploy-cli tenant as plain data. */
export const tenantArb = fc.record(
  {
    clients: fc.array(clientArb, { minLength: 1, maxLength: 5 }),
    clientGrants: fc.array(grantArb, { maxLength: 3 }),
    organizations: fc.array(organizationArb, { maxLength: 3 }),
  },
  { requiredKeys: ['clients'] },
);

// ---------------------------------------------------------------------------------------------------------
// YAML in many styles

/** How to write a YAML document: every choice a person or a tool might make. */
export interface YamlStyle {
  indent: 2 | 4;
  /** `key:\n  - item` (indented) or `key:\n- item` (deploy-cli's own style) */
  indentSequences: boolean;
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
  /** per-node random choices, consumed in order */
  choices: number[];
}

export const yamlStyleArb: fc.Arbitrary<YamlStyle> = fc.record({
  indent: fc.constantFrom(2 as const, 4 as const),
  indentSequences: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  choices: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }),
});

/** Write plain data as YAML text in the given style (quoting, flow or block, comments). */
export function toYaml(value: unknown, style: YamlStyle): string {
  let n = 0;
  const pick = (k: number) => style.choices[n++ % style.choices.length] % k;
  const comment = () => (pick(6) === 0 ? `  # note ${n}` : '');
  const scalar = (v: unknown): string => {
    if (v === null) return pick(2) ? 'null' : '~';
    if (typeof v !== 'string') return String(v);
    const plainOk = /^[A-Za-z_/][A-Za-z0-9 _./-]*$/.test(v) && !/ $/.test(v) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(v);
    const choice = pick(3);
    if (plainOk && choice === 0) return v;
    if (choice === 1 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
    return JSON.stringify(v).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  };
  const flow = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
    if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${scalar(k)}: ${flow(x)}`).join(', ')}}`;
    return scalar(v);
  };
  const isLeaf = (v: unknown) => v === null || typeof v !== 'object';
  const isEmpty = (v: object) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
  const mapping = (v: object, col: number): string[] => {
    const out: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      const head = `${' '.repeat(col)}${scalar(k)}:`;
      if (isLeaf(x)) out.push(`${head} ${scalar(x)}${comment()}`);
      else if (isEmpty(x as object) || pick(6) === 0) out.push(`${head} ${flow(x)}${comment()}`);
      else if (Array.isArray(x)) out.push(head, ...sequence(x, col + (style.indentSequences ? style.indent : 0)));
      else out.push(head, ...mapping(x as object, col + style.indent));
    }
    return out;
  };
  const sequence = (v: unknown[], col: number): string[] => {
    const out: string[] = [];
    for (const item of v) {
      const dash = `${' '.repeat(col)}- `;
      if (isLeaf(item)) out.push(`${dash}${scalar(item)}${comment()}`);
      else if (Array.isArray(item) || isEmpty(item as object)) out.push(`${dash}${flow(item)}`);
      else {
        const lines = mapping(item as object, col + 2);
        lines[0] = dash + lines[0].slice(col + 2);
        out.push(...lines);
      }
    }
    return out;
  };
  const lines = [...(pick(4) === 0 ? ['# exported by auth0-deploy-cli'] : []), ...mapping(value as object, 0)];
  let out = lines.join('\n') + (style.finalNewline ? '\n' : '');
  if (style.crlf) out = out.replace(/\n/g, '\r\n');
  return out;
}

/** bytes of a text, with a UTF-8 BOM when asked */
export function utf8(textValue: string, bom = false): Uint8Array {
  const body = Buffer.from(textValue, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** A valid deploy-cli tenant.yaml in a random style. */
export const tenantYamlArb: fc.Arbitrary<FuzzFile> = fc
  .tuple(tenantArb, yamlStyleArb)
  .map(([tenant, style]) => ({ name: 'tenant.yaml', bytes: utf8(toYaml(tenant, style), style.bom) }));

const jsonText = (v: unknown, indent: number | string, crlf: boolean) => {
  const t = JSON.stringify(v, null, indent) + '\n';
  return crlf ? t.replace(/\n/g, '\r\n') : t;
};
const jsonLayout = fc.record({ indent: fc.constantFrom<number | string>(2, 4, '\t', 0), crlf: fc.boolean(), bom: fc.boolean() });

/** A valid deploy-cli directory-export file: one client, grant or organization as JSON. */
export const directoryJsonArb: fc.Arbitrary<FuzzFile> = fc.oneof(
  fc.tuple(clientArb, jsonLayout).map(([c, l]) => ({ name: 'clients/client.json', bytes: utf8(jsonText(c, l.indent, l.crlf), l.bom) })),
  fc.tuple(grantArb, jsonLayout).map(([g, l]) => ({ name: 'grants/grant.json', bytes: utf8(jsonText(g, l.indent, l.crlf), l.bom) })),
  fc.tuple(organizationArb, jsonLayout).map(([o, l]) => ({ name: 'organizations/org.json', bytes: utf8(jsonText(o, l.indent, l.crlf), l.bom) })),
);

/** A valid Management API dump: an array of clients, or an object with a `clients` array. */
export const apiDumpArb: fc.Arbitrary<FuzzFile> = fc
  .tuple(fc.array(fc.record({ ...{ client_id: fc.stringMatching(/^[A-Za-z0-9]{8,32}$/) } }).chain((base) => clientArb.map((c) => ({ ...base, ...c }))), { minLength: 1, maxLength: 4 }), fc.boolean(), jsonLayout)
  .map(([clients, wrapped, l]) => ({ name: 'dump.json', bytes: utf8(jsonText(wrapped ? { clients, total: clients.length } : clients, l.indent, l.crlf), l.bom) }));

/** Any valid input orglint reads, generated (the shared-anchor tenants are defined below, hence the thunk). */
export const validFileArb: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 3, arbitrary: tenantYamlArb },
  { weight: 2, arbitrary: directoryJsonArb },
  { weight: 1, arbitrary: apiDumpArb },
  { weight: 2, arbitrary: fc.constant(null).chain(() => sharedYamlArb) },
);

// ---------------------------------------------------------------------------------------------------------
// real files as seeds

/** the repository: the nearest folder upward from the working folder with orglint's package.json */
function repoRoot(): string {
  for (let d = process.cwd(); ; d = path.dirname(d)) {
    const pkg = path.join(d, 'package.json');
    if (existsSync(pkg) && /"name":\s*"orglint"/.test(readFileSync(pkg, 'utf8'))) return d;
    if (path.dirname(d) === d) return process.cwd();
  }
}
const REPO = repoRoot();
const FOLDERS = new Set(['clients', 'grants', 'client-grants', 'organizations']);

/** The name a seed file is linted under: its folder too when the folder decides the kind (clients/x.json). */
function seedName(file: string): string {
  const parent = path.basename(path.dirname(file));
  return FOLDERS.has(parent) ? `${parent}/${path.basename(file)}` : path.basename(file);
}

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) walk(f, out);
    else if (/\.(ya?ml|json|har)$/i.test(e.name) && statSync(f).size < 512 * 1024) out.push(f);
  }
}

let seedCache: FuzzFile[] | undefined;

/**
 * Every real input file this repository holds (examples, rule fixtures), and those of the folder ORGLINT_FUZZ_SEEDS
 * names: `npm test` needs nothing outside the repository, so only the long run adds ../shared/real-world.
 */
export function seedFiles(): FuzzFile[] {
  if (seedCache) return seedCache;
  const files: string[] = [];
  walk(path.join(REPO, 'examples'), files);
  for (const rule of existsSync(path.join(REPO, 'rules')) ? readdirSync(path.join(REPO, 'rules')) : []) walk(path.join(REPO, 'rules', rule, 'tests'), files);
  if (process.env.ORGLINT_FUZZ_SEEDS) walk(path.resolve(process.env.ORGLINT_FUZZ_SEEDS), files);
  seedCache = files.sort().map((f) => ({ name: seedName(f), bytes: readFileSync(f) }));
  return seedCache;
}

// ---------------------------------------------------------------------------------------------------------
// mutations

/** Fragments that mean something to a YAML or JSON reader, or to orglint. */
const TOKENS = [
  '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '!<tag:x> ', '? ', '--- ', '...', '%YAML 1.1\n', '%TAG ! x\n', '|-\n', '>+\n',
  '{', '}', '[', ']', ',', ':', ': ', '- ', '"', "'", '\\', '\\u', '\\x', '#', ' # ', '\t', '\n', '\r\n', '\r', '\u0085', '\u2028',
  '\ufeff', '\u200b', '\u202e', '🚀', 'é', 'e\u0301', '\u0000', '\u007f', '@@ORG@@', '##ORG##', '@@', '##', '# orglint-disable\n',
  '# orglint-disable-line organization-usage-enum', '# orglint-enable\n', '# orglint-disable-file\n', '__proto__', 'constructor',
  'prototype', 'organization_usage: Require\n', 'organization_require_behavior: pre-login-prompt\n', '"organization_usage": "Require",',
  'clients:\n', '"clients": [', 'null', 'true', '1e999', '-0', '0x10', '.nan', '~', '=', '<<',
];

type Mutation = (b: Buffer<ArrayBufferLike>, r: (k: number) => number) => Buffer;

const MUTATIONS: Mutation[] = [
  // truncate
  (b, r) => b.subarray(0, r(b.length + 1)),
  // flip bits of a byte
  (b, r) => {
    if (b.length === 0) return b;
    const c = Buffer.from(b);
    c[r(c.length)] ^= 1 << r(8);
    return c;
  },
  // set a byte to an interesting value
  (b, r) => {
    if (b.length === 0) return b;
    const c = Buffer.from(b);
    c[r(c.length)] = [0x00, 0xff, 0xfe, 0xc0, 0x80, 0x0d, 0x0a, 0x22, 0x27, 0x3a, 0x7b, 0x5b, 0x2d, 0x23, 0x26, 0x2a, 0x09, 0x20, 0x7f][r(19)];
    return c;
  },
  // insert a token
  (b, r) => {
    const at = r(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(TOKENS[r(TOKENS.length)]), b.subarray(at)]);
  },
  // delete a range
  (b, r) => {
    const a = r(b.length + 1);
    const e = Math.min(b.length, a + r(64));
    return Buffer.concat([b.subarray(0, a), b.subarray(e)]);
  },
  // copy a range elsewhere
  (b, r) => {
    const a = r(b.length + 1);
    const e = Math.min(b.length, a + r(256));
    const at = r(b.length + 1);
    return Buffer.concat([b.subarray(0, at), b.subarray(a, e), b.subarray(at)]);
  },
  // line endings: all CRLF, mixed, or lone CR
  (b, r) => {
    const t = b.toString('latin1');
    const mode = r(3);
    const out = mode === 0 ? t.replace(/\r?\n/g, '\r\n') : mode === 1 ? t.replace(/\n/g, () => (r(2) ? '\r\n' : '\n')) : t.replace(/\n/g, () => (r(4) ? '\n' : '\r'));
    return Buffer.from(out, 'latin1');
  },
  // re-indent one line
  (b, r) => {
    const t = b.toString('latin1').split('\n');
    if (t.length === 0) return b;
    const i = r(t.length);
    t[i] = ' '.repeat(r(9)) + t[i].trimStart();
    return Buffer.from(t.join('\n'), 'latin1');
  },
  // a huge string or a long line
  (b, r) => {
    const at = r(b.length + 1);
    const huge = ['a', '"', '\\', '#', ' ', 'é', '##A## ', '@@A@@,'][r(8)].repeat(10_000 + r(200_000));
    return Buffer.concat([b.subarray(0, at), Buffer.from(huge), b.subarray(at)]);
  },
  // deep nesting
  (b, r) => {
    const at = r(b.length + 1);
    const depth = 100 + r(20_000);
    const [open, close] = [['[', ']'], ['{"a":', '}'], ['{a: ', '}'], ['- ', ''], ['[{"x":[', ']}]']][r(5)];
    const closed = r(3) > 0;
    return Buffer.concat([b.subarray(0, at), Buffer.from(open.repeat(depth) + '1' + (closed ? close.repeat(depth) : '')), b.subarray(at)]);
  },
  // re-encode: BOM, UTF-16 with BOM, invalid UTF-8 sequences, a lone surrogate
  (b, r) => {
    switch (r(5)) {
      case 0:
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
      case 1:
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
      case 2:
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(b.toString('utf8'), 'utf16le').swap16()]);
      case 3: {
        const at = r(b.length + 1);
        return Buffer.concat([b.subarray(0, at), Buffer.from([[0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]][r(4)]), b.subarray(at)]);
      }
      default:
        return Buffer.from(b.toString('utf8').replace(/[a-z]/, '\ud800'), 'utf8');
    }
  },
];

/** A seed (real or generated) put through one to four random mutations. */
export function mutatedArb(base: fc.Arbitrary<FuzzFile>): fc.Arbitrary<FuzzFile> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), { minLength: 1, maxLength: 4 })).map(([file, steps]) => {
    let bytes: Buffer<ArrayBufferLike> = Buffer.from(file.bytes);
    for (const [m, rnd] of steps) {
      let i = 0;
      const r = (k: number) => (k <= 0 ? 0 : rnd[i++ % rnd.length] % k);
      bytes = MUTATIONS[m](bytes, r);
    }
    return { name: file.name, bytes };
  });
}

/** A real seed file, picked at random. */
export function seedArb(): fc.Arbitrary<FuzzFile> {
  const seeds = seedFiles();
  return fc.nat(seeds.length - 1).map((i) => seeds[i]);
}

/** Names orglint gives different meanings to; random bytes are linted under each. */
const NAMES = ['tenant.yaml', 'tenant.yml', 'clients/x.json', 'grants/x.json', 'organizations/x.json', 'dump.json', 'capture.har', 'plan.json', 'other.json'];

/** Random text or bytes from nothing, under a random name. */
export const randomFileArb: fc.Arbitrary<FuzzFile> = fc.tuple(
  fc.constantFrom(...NAMES),
  fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    fc.string({ unit: 'binary', maxLength: 512 }).map((s) => utf8(s)),
    fc.json().map((s) => utf8(s)),
    fc.string({ unit: fc.constantFrom(...TOKENS, 'clients', 'name', 'x', ' ', '\n'), maxLength: 80 }).map((s) => utf8(`clients:\n${s}`)),
  ),
).map(([name, bytes]) => ({ name, bytes }));

/** Everything the lint property runs on: mutated seeds, mutated generated files, random bytes, valid files. */
export const anyInputArb: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 4, arbitrary: mutatedArb(seedArb()) },
  { weight: 3, arbitrary: mutatedArb(validFileArb) },
  { weight: 2, arbitrary: randomFileArb },
  { weight: 1, arbitrary: validFileArb },
);

// ---------------------------------------------------------------------------------------------------------
// what the first fuzzing missed (issue 12): anchors shared by several clients, merge keys, block scalars,
// explicit keys, flow mappings

const sharedClientArb = fc.record({
  merge: fc.boolean(),
  usage: fc.constantFrom('alias', 'own', 'block', 'explicit', 'absent'),
  usageValue: fc.constantFrom(...USAGE.filter((u) => u.trim() === u && u !== '')),
  behavior: fc.constantFrom('alias', 'own', 'block', 'explicit', 'absent'),
  behaviorValue: fc.constantFrom(...BEHAVIOR),
  methods: fc.constantFrom('none', 'anchorList', 'aliasList', 'own'),
  flow: fc.boolean(),
  comment: fc.boolean(),
});

/**
 * A tenant.yaml whose clients share settings: the first client is an anchor (`&base`) others merge (`<<: *base`),
 * its usage and behavior are anchors others alias (`*usage`, `*behavior`); settings are written as plain,
 * block (`>-`) or explicit-key (`? key` / `: value`) pairs, some clients as flow mappings.
 */
export const sharedYamlArb: fc.Arbitrary<FuzzFile> = fc
  .record({
    baseUsage: fc.constantFrom(...USAGE.filter((u) => u.trim() === u && u !== '')),
    baseBehavior: fc.constantFrom(...BEHAVIOR),
    baseMethods: fc.boolean(),
    clients: fc.array(sharedClientArb, { minLength: 1, maxLength: 4 }),
    crlf: fc.boolean(),
  })
  .map(({ baseUsage, baseBehavior, baseMethods, clients, crlf }) => {
    const lines = ['clients:', '  - &base', '    name: Base', '    app_type: spa', `    organization_usage: &usage ${baseUsage}`, `    organization_require_behavior: &behavior ${baseBehavior}`];
    if (baseMethods) lines.push('    organization_discovery_methods:', '      - &method email', '      - Email');
    clients.forEach((c, i) => {
      const setting = (key: string, how: string, value: string, alias: string): string[] => {
        if (how === 'alias') return [`${key}: *${alias}`];
        if (how === 'own') return [`${key}: ${value}`];
        if (how === 'block') return [`${key}: >-`, `  ${value}`];
        if (how === 'explicit') return [`? ${key}`, `: ${value}`];
        return [];
      };
      const body = [
        ...(c.merge ? ['<<: *base'] : ['app_type: spa']),
        `name: Client ${i + 1}${c.comment ? '  # shared settings' : ''}`,
        ...setting('organization_usage', c.usage, c.usageValue, 'usage'),
        ...setting('organization_require_behavior', c.behavior, c.behaviorValue, 'behavior'),
        ...(c.methods === 'own' ? ['organization_discovery_methods: [email, Email]'] : c.methods === 'aliasList' && baseMethods ? ['organization_discovery_methods: [*method]'] : []),
      ];
      // a flow mapping holds only single-line pairs
      if (c.flow && body.every((l) => !l.startsWith('?') && !l.startsWith(':') && !l.endsWith('>-') && !l.includes('#'))) {
        lines.push(`  - {${body.map((l) => l.replace(/^<<: /, '<<: ')).join(', ')}}`);
        return;
      }
      body.forEach((l, j) => lines.push(`${j === 0 ? '  - ' : '    '}${l}`));
    });
    const text = lines.join('\n') + '\n';
    return { name: 'tenant.yaml', bytes: utf8(crlf ? text.replace(/\n/g, '\r\n') : text) };
  });
