// `server-only` throws when imported outside React Server Components. The data layer is plain
// Node in the scripts (seed, user:create, bench) and the tests, which resolve it here instead
// (tsconfig.scripts.json, vitest.config.mts); Next.js still resolves the real one and so
// refuses to bundle a lib/server module into client code.
export {};
