import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";

export {
  version
};
