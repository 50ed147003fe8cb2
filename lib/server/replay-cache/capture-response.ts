import type { ServerResponse } from "node:http";
import zlib from "node:zlib";

export type CapturedResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer };

const decoders: Record<string, (b: Buffer) => Buffer> = {
  br: (b) => zlib.brotliDecompressSync(b),
  gzip: (b) => zlib.gunzipSync(b),
  deflate: (b) => zlib.inflateSync(b),
};

/**
 * Records what a response sends while it goes out to the client unchanged: its status, its
 * headers and its body, decompressed (Next compresses after us, so the bytes we see are encoded).
 * Resolves once the response has finished, or null when the client went away first or the body
 * grew past `maxBytes` (such a page is served but never kept).
 */
export function captureResponse(res: ServerResponse, maxBytes: number): Promise<CapturedResponse | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === "function" || tooBig) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  // Headers given to writeHead bypass getHeaders(): set them one by one so they are seen.
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    const reason = rest.find((r) => typeof r === "string");
    if (Array.isArray(headers)) {
      const flat = headers.flat() as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) this.appendHeader(flat[i]!, flat[i + 1]!);
    } else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string);
    return reason === undefined ? writeHead.call(this, status) : (writeHead as (s: number, r: string) => ServerResponse).call(this, status, reason as string);
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];

  return new Promise((resolve) => {
    res.once("close", () => {
      if (!res.writableFinished || tooBig) return resolve(null);
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
      const encoding = String(headers["content-encoding"] ?? "identity").toLowerCase();
      const decode = encoding === "identity" ? (b: Buffer) => b : decoders[encoding];
      if (!decode) return resolve(null);
      try {
        resolve({ status: res.statusCode, headers, body: decode(Buffer.concat(chunks)) });
      } catch {
        resolve(null);
      }
    });
  });
}
