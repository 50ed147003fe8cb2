/**
 * Unit test files that mock a module (vi.mock). The unit project shares one module graph per
 * worker (isolate: false), so these run in a project of their own, where a mock reaches no
 * other file. tests/unit/test-isolation.test.ts keeps the list complete.
 */
export const MOCKING_UNIT_TESTS = ["tests/unit/method-routing.test.ts"];
