import { expect, test } from "./support/warm-context";

// Percent-encodings that do not decode (invalid UTF-8, or % without two hex digits).
const API_PATHS = ["/api/frameworks/%ff", "/api/%ff", "/api/frameworks/hope/assessments/%E0%A4%A", "/api/scenarios/%zz", "/api/frameworks/hope%"];
const PAGE_PATHS = ["/frameworks/%ff", "/frameworks/%zz", "/frameworks/hope%ff", "/sources/%E0%A4%A", "/%ff", "/criteria/%ED%A0%80/edit"];
const API_QUERIES = ["/api/export?format=csv&w=%zz", "/api/export?format=json&cw=%ff", "/api/history?entity=%E0%A4%A", "/api/frameworks?x=%"];
const PAGE_QUERIES = ["/compare?w=%ff", "/compare?cw=%E0%A4%A", "/history?entity=%zz", "/sources/stepanova-2020?doc=%ff", "/login?next=%"];

test("a path that does not decode is a 400, with a JSON error under /api", async ({ request }) => {
  for (const path of API_PATHS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"], path).toContain("application/json");
    expect(typeof (await response.json()).error, path).toBe("string");
  }
  const write = await request.post("/api/frameworks/%ff", { data: {} });
  expect(write.status()).toBe(400);

  for (const path of PAGE_PATHS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/bad request/i);
  }
});

test("a query string that does not decode is a 400, with a JSON error under /api", async ({ request }) => {
  for (const path of API_QUERIES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(typeof (await response.json()).error, path).toBe("string");
  }
  for (const path of PAGE_QUERIES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/bad request/i);
  }
});

test("well-formed encodings still reach the app: 404 for what does not exist, 200 for what does", async ({ request }) => {
  for (const path of ["/frameworks/no%20such", "/frameworks/caf%C3%A9", "/sources/%41%42"]) expect((await request.get(path)).status(), path).toBe(404);
  expect((await request.get("/api/frameworks/caf%C3%A9")).status()).toBe(404);
  expect((await request.get("/frameworks/%68ope")).status()).toBe(200);
  expect((await request.get("/compare?q=caf%C3%A9&w=100%25")).status()).toBe(200);
});

test("a session cookie that does not decode reads as no session, not a 500", async ({ request }) => {
  const response = await request.get("/api/session", { headers: { cookie: "gulf_session=%ff" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ user: null });
  const write = await request.post("/api/frameworks", { headers: { cookie: "gulf_session=%E0%A4%A" }, data: {} });
  expect(write.status()).toBe(401);
});
