import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  loadYamlFast
} from "./chunk-3VFIX5JO.js";
import {
  substituteKeywords
} from "./chunk-PYKP3QTX.js";

// src/sources/read-file.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function readTextFile(file, maxSize = DEFAULT_MAX_FILE_SIZE) {
  return readTextFileSync(file, maxSize, false);
}
function readTextFileSync(file, maxSize = DEFAULT_MAX_FILE_SIZE, listed = false) {
  let fd;
  try {
    fd = openSync(file, listed ? LISTED_FLAGS : OPEN_FLAGS);
  } catch (err) {
    if (listed && err?.code === "ELOOP") {
      return { ok: false, rule: "read-error", message: "cannot read file: it became a symbolic link after its folder was listed; links inside folders are not followed" };
    }
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    if (!listed) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    let n;
    try {
      n = readAll(fd, maxSize, listed);
    } catch (err) {
      if (err instanceof Refused) return err.result;
      if (listed) {
        const refused = refuse(fd, maxSize);
        if (refused) return refused;
      }
      throw err;
    }
    if (listed && (n === 0 || n > maxSize)) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    if (n > maxSize) return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit` };
    return decodeRange(readBuffer, n);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}
function refuse(fd, maxSize) {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) return { ok: false, rule: "read-error", message: "cannot read file: it is a directory" };
  if (!stat.isFile()) return { ok: false, rule: "read-error", message: "cannot read file: not a regular file (a FIFO, socket or device)" };
  if (stat.size > maxSize) {
    return {
      ok: false,
      rule: "file-too-large",
      message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`
    };
  }
  return null;
}
var OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
var LISTED_FLAGS = OPEN_FLAGS | (fsConstants.O_NOFOLLOW ?? 0);
var shared = Buffer.allocUnsafe(64 * 1024);
var SHARED_MAX = 1024 * 1024;
var readBuffer = shared;
var Refused = class {
  constructor(result) {
    this.result = result;
  }
  result;
};
function readAll(fd, maxSize, listed) {
  const limit = maxSize + 1;
  let buf = shared;
  let n = 0;
  let asked = !listed;
  for (; ; ) {
    const room = Math.min(buf.length, limit) - n;
    if (room <= 0) {
      if (n >= limit) break;
      if (!asked) {
        asked = true;
        const refused = refuse(fd, maxSize);
        if (refused) throw new Refused(refused);
      }
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
      if (bigger.length <= SHARED_MAX) shared = bigger;
      continue;
    }
    const got = readSync(fd, buf, n, room, null);
    if (got === 0) break;
    n += got;
  }
  readBuffer = buf;
  return n;
}
var BINARY_PROBE = 8192;
var BINARY = { ok: false, rule: "parse-error", message: "binary file: not YAML or JSON text" };
function decode(buf) {
  return decodeRange(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), buf.byteLength);
}
function decodeRange(buf, n) {
  if (n >= 2 && buf[0] === 255 && buf[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(buf.subarray(2, n)), bom: true };
  if (n >= 2 && buf[0] === 254 && buf[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(buf.subarray(2, n)), bom: true };
  const bom = n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const start = bom ? 3 : 0;
  const text = buf.toString("utf8", start, n);
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) {
    const nul = text.indexOf("\0");
    if (nul !== -1 && nul < BINARY_PROBE && Buffer.byteLength(text.slice(0, nul), "utf8") < BINARY_PROBE) return { ...BINARY };
    return { ok: true, text, bom };
  }
  const body = buf.subarray(start, n);
  if (body.subarray(0, BINARY_PROBE).includes(0)) return { ...BINARY };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, rule: "parse-error", message: "file is not valid UTF-8 text" };
  }
}
function describeFsError(err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} B`;
}

// src/sources/yaml/yaml-load.ts
async function loadYamlAsync(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "yaml", keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? (await import("./yaml-source-2FJNVTC5.js")).loadYamlFull(file, text, bom, keywords, prepared);
}

// src/schema/auth0/enums.ts
var ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var ORGANIZATION_REQUIRE_BEHAVIOR_VALUES = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var ORGANIZATION_DISCOVERY_VALUES = ["email", "organization_name"];
var CLIENT_GRANT_ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var THIRD_PARTY_CLIENT_ACCESS_VALUES = ["allow", "block"];
var TOKEN_ENDPOINT_AUTH_METHOD_VALUES = ["none", "client_secret_post", "client_secret_basic"];
var COMPLIANCE_LEVEL_VALUES = ["none", "fapi1_adv_pkj_par", "fapi1_adv_mtls_par", "fapi2_sp_pkj_mtls", "fapi2_sp_mtls_mtls"];
var THIRD_PARTY_SECURITY_MODE_VALUES = ["strict", "permissive"];
var REDIRECTION_POLICY_VALUES = ["allow_always", "open_redirect_protection"];
var APP_TYPE_VALUES = [
  "native",
  "spa",
  "regular_web",
  "non_interactive",
  "resource_server",
  "express_configuration",
  "b2b_integration",
  "rms",
  "box",
  "cloudbees",
  "concur",
  "dropbox",
  "mscrm",
  "echosign",
  "egnyte",
  "newrelic",
  "office365",
  "salesforce",
  "sentry",
  "sharepoint",
  "slack",
  "springcm",
  "zendesk",
  "zoom",
  "sso_integration",
  "oag"
];

// src/schema/auth0/field.ts
function hasField(schema, key) {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
function snake(key) {
  return key.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[\s-]+/g, "_").toLowerCase();
}
function distanceWithin(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}
function nearMissField(key, schema) {
  if (hasField(schema, key) || key.length > 200) return void 0;
  let cache = nearMissCache.get(schema);
  if (!cache) nearMissCache.set(schema, cache = /* @__PURE__ */ new Map());
  if (cache.has(key)) return cache.get(key);
  const found = computeNearMiss(key, schema);
  if (cache.size < 1e4) cache.set(key, found);
  return found;
}
var nearMissCache = /* @__PURE__ */ new WeakMap();
function computeNearMiss(key, schema) {
  const norm = snake(key);
  if (norm !== key && hasField(schema, norm)) return norm;
  const limit = norm.length >= 12 ? 2 : norm.length >= 5 ? 1 : 0;
  if (limit === 0) return void 0;
  let best;
  let bestDistance = limit + 1;
  for (const field of Object.keys(schema)) {
    const d = distanceWithin(norm, field, limit);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best;
}

// src/schema/auth0/client.ts
var string = { type: "string" };
var boolean = { type: "boolean" };
var object = { type: "object" };
var strings = { type: "array", items: "string" };
var nullableObject = { type: "object", nullable: true };
var readOnly = (type) => ({ type, readOnly: true });
var CLIENT_SCHEMA = {
  name: { type: "string", constraints: { pattern: "^[^<>]+$" } },
  description: { type: "string", constraints: { maxLength: 140 } },
  client_secret: { type: "string", constraints: { minLength: 1 }, scope: "update:client_keys" },
  logo_uri: string,
  callbacks: strings,
  oidc_logout: object,
  oidc_backchannel_logout: nullableObject,
  session_transfer: nullableObject,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  jwt_configuration: object,
  encryption_key: nullableObject,
  sso: boolean,
  cross_origin_authentication: boolean,
  cross_origin_auth: {
    type: "boolean",
    disputed: "the older name of cross_origin_authentication: in no Management API spec or SDK type, yet the API still takes it (98 recorded deploy-cli writes carrying it were answered 200/201)",
    takenByRealApi: true
  },
  cross_origin_loc: { type: "string", nullable: true },
  sso_disabled: boolean,
  custom_login_page_on: boolean,
  token_endpoint_auth_method: { type: "string", enum: TOKEN_ENDPOINT_AUTH_METHOD_VALUES, nullable: true },
  is_token_endpoint_ip_header_trusted: boolean,
  app_type: { type: "string", enum: APP_TYPE_VALUES },
  is_first_party: boolean,
  oidc_conformant: boolean,
  custom_login_page: string,
  custom_login_page_preview: string,
  token_quota: nullableObject,
  identity_assertion_authorization_grant: nullableObject,
  anonymous_sessions: nullableObject,
  form_template: string,
  addons: nullableObject,
  client_metadata: { type: "object", constraints: { maxProperties: 10 } },
  mobile: object,
  initiate_login_uri: string,
  native_social_login: nullableObject,
  fedcm_login: nullableObject,
  refresh_token: nullableObject,
  default_organization: nullableObject,
  organization_usage: { type: "string", enum: ORGANIZATION_USAGE_VALUES, nullable: true },
  organization_require_behavior: { type: "string", enum: ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, nullable: true },
  organization_discovery_methods: { type: "array", enum: ORGANIZATION_DISCOVERY_VALUES, nullable: true, constraints: { minItems: 1 } },
  client_authentication_methods: { type: "object", nullable: true, scope: "update:client_credentials" },
  require_pushed_authorization_requests: boolean,
  require_proof_of_possession: boolean,
  signed_request_object: nullableObject,
  token_vault_privileged_access: { type: "object", nullable: true, scope: "update:client_token_vault_privileged_access" },
  compliance_level: { type: "string", enum: COMPLIANCE_LEVEL_VALUES, nullable: true },
  skip_non_verifiable_callback_uri_confirmation_prompt: { type: "boolean", nullable: true },
  token_exchange: nullableObject,
  par_request_expiry: { type: "integer", nullable: true, constraints: { minimum: 10, maximum: 600 } },
  express_configuration: nullableObject,
  b2b_integration_configuration: {
    type: "object",
    disputed: "the Management API spec lists it in no update body, the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) does"
  },
  my_organization_configuration: nullableObject,
  async_approval_notification_channels: { type: "array", items: "string", nullable: true, constraints: { minItems: 1 } },
  third_party_security_mode: {
    type: "string",
    enum: THIRD_PARTY_SECURITY_MODE_VALUES,
    createOnly: true,
    disputed: "it is set when the client is created and cannot be modified, though the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) lists it"
  },
  redirection_policy: { type: "string", enum: REDIRECTION_POLICY_VALUES },
  // returned by GET, taken by no write (additionalProperties: false → 400 invalid_body)
  client_id: readOnly("string"),
  tenant: readOnly("string"),
  global: readOnly("boolean"),
  signing_keys: readOnly("array"),
  jwks_uri: readOnly("string"),
  callback_url_template: readOnly("boolean"),
  external_client_id: readOnly("string"),
  external_metadata_type: readOnly("string"),
  external_metadata_created_by: readOnly("string"),
  resource_server_identifier: readOnly("string"),
  created_at: readOnly("string"),
  updated_at: readOnly("string"),
  // older GET answers and deploy-cli exports carry the tenant members who own the client
  owners: readOnly("array")
};

// src/schema/auth0/client-grant.ts
var CLIENT_GRANT_SCHEMA = {
  id: { type: "string", readOnly: true },
  client_id: { type: "string", createOnly: true },
  audience: { type: "string", createOnly: true },
  scope: { type: "array", items: "string", nullable: true },
  organization_usage: { type: "string", enum: CLIENT_GRANT_ORGANIZATION_USAGE_VALUES, nullable: true },
  allow_any_organization: { type: "boolean", nullable: true },
  default_for: { type: "string", enum: ["third_party_clients"], createOnly: true },
  is_system: { type: "boolean", readOnly: true },
  subject_type: { type: "string", enum: ["client", "user", "anonymous_user"], createOnly: true },
  authorization_details_types: { type: "array", items: "string" },
  allow_all_scopes: { type: "boolean", nullable: true }
};

// src/schema/auth0/organization.ts
var ORGANIZATION_SCHEMA = {
  id: { type: "string", readOnly: true },
  name: { type: "string", constraints: { pattern: "^[a-z0-9_-]+$", minLength: 1, maxLength: 50 } },
  display_name: { type: "string", constraints: { minLength: 1, maxLength: 255 } },
  branding: { type: "object" },
  metadata: { type: "object", constraints: { maxProperties: 25 } },
  token_quota: { type: "object", nullable: true },
  third_party_client_access: { type: "string", enum: THIRD_PARTY_CLIENT_ACCESS_VALUES },
  is_app_entitlement_active: { type: "boolean" },
  enabled_connections: { type: "array", createOnly: true },
  // GET of one organization (for a client's view) says which client it is associated with
  client: { type: "object", readOnly: true },
  connections: { type: "array", exportOnly: true },
  client_grants: { type: "array", exportOnly: true },
  // the applications of the organization, as newer deploy-cli exports list them (issue 11)
  clients: { type: "array", exportOnly: true },
  discovery_domains: { type: "array", exportOnly: true }
};
var ORGANIZATION_CONNECTION_SCHEMA = {
  connection_id: { type: "string", createOnly: true },
  assign_membership_on_login: { type: "boolean" },
  is_signup_enabled: { type: "boolean" },
  show_as_button: { type: "boolean" },
  connection: { type: "object", readOnly: true },
  name: { type: "string", exportOnly: true },
  strategy: { type: "string", exportOnly: true }
};

export {
  ORGANIZATION_DISCOVERY_VALUES,
  nearMissField,
  CLIENT_SCHEMA,
  CLIENT_GRANT_SCHEMA,
  ORGANIZATION_SCHEMA,
  ORGANIZATION_CONNECTION_SCHEMA,
  DEFAULT_MAX_FILE_SIZE,
  readTextFile,
  readTextFileSync,
  decode,
  formatSize,
  loadYamlAsync
};
