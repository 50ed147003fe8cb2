import { describe, expect, it } from "vitest";
import { readBodyBytes } from "@/lib/server/api/read-body-bytes";
import { readMultipart } from "@/lib/server/api/read-multipart";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("reading a request's body within a limit", () => {
  it("reads a body within the limit, and refuses one over it, declared or not", async () => {
    expect(await readBodyBytes(post("hello"), 10)).toEqual(new TextEncoder().encode("hello"));
    expect(await readBodyBytes(post("hello", { "content-length": "50" }), 10)).toBeNull();
    expect(await readBodyBytes(post("hello world, hello"), 10)).toBeNull();
  });

  it("refuses a body shorter than it declared, as the proxy leaves one past its own limit, with 413 rather than a malformed upload", async () => {
    expect(await readBodyBytes(post("hello", { "content-length": "8" }), 10)).toBeNull();
    const form = new FormData();
    form.set("file", new File(["x".repeat(100)], "a.txt"));
    const encoded = new Response(form);
    const type = encoded.headers.get("content-type")!;
    const whole = new Uint8Array(await encoded.arrayBuffer());
    const cut = post(whole.slice(0, 60), { "content-type": type, "content-length": String(whole.byteLength) });
    const read = await readMultipart(cut, 1000, "1 KB");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.response.status).toBe(413);
  });
});
