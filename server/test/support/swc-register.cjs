// Lets `node -r ./test/support/swc-register.cjs src/main.ts` run the server from its TypeScript sources, compiled
// file by file with SWC exactly as Jest compiles them (decorator metadata included, which Nest's DI needs), so tests
// can start real server processes without `npm run build`.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload script, loaded with node -r */
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
