import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// src/engine/redact.ts
var PATTERNS = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g
];
var SECRET_KEY = /((?:client_secret|secret|password|passwd|access_token|refresh_token|id_token|api_key|apikey|token|smtp_pass|private_key|privatekey)\\?["']?\s*[:=]\s*)(\\?["']?)/gi;
function redactSecrets(line) {
  let out = line;
  for (const re of PATTERNS) out = out.replace(re, (_, lead, secret) => lead + "*".repeat(secret.length));
  return maskSecretValues(out);
}
function maskSecretValues(line) {
  let out = "";
  let last = 0;
  SECRET_KEY.lastIndex = 0;
  for (let m = SECRET_KEY.exec(line); m; m = SECRET_KEY.exec(line)) {
    const start = m.index + m[0].length;
    const quote = m[2];
    let end = start;
    if (quote === "") {
      while (end < line.length && !/[\s"'\\,}\]&]/.test(line[end])) end++;
    } else if (quote.length === 2) {
      end = line.indexOf(quote, start);
      if (end === -1) end = line.length;
    } else {
      while (end < line.length && line[end] !== quote) end += line[end] === "\\" && quote === '"' ? 2 : 1;
      end = Math.min(end, line.length);
    }
    if (end > start) {
      out += line.slice(last, start) + "*".repeat(end - start);
      last = end;
    }
    SECRET_KEY.lastIndex = Math.max(SECRET_KEY.lastIndex, end);
  }
  return out + line.slice(last);
}

export {
  redactSecrets
};
