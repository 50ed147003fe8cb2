import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { type AcceptedEncodings, acceptedEncodings, type ContentEncoding, encodingsKey } from "../../http/accept-encoding";
import { ifNoneMatchHas } from "../../http/entity-tag";
import { replayKey } from "../../http/replay-cache-key";
import { captureResponse, type CapturedResponse } from "./capture-response";
import { compress } from "./compress";

type Encoded = { bytes: Buffer; encoding: ContentEncoding };

/**
 * A response kept for replay: its headers and its body cut at each occurrence of the CSP nonce it
 * was rendered with (a page carries it on every script; a JSON body never does, and then its
 * compressed forms are kept too).
 */
type Kept = {
  headers: Record<string, string | string[]>;
  segments: Buffer[];
  nonce: string;
  size: number;
  compressible: boolean;
  encoded: Map<ContentEncoding, Promise<Encoded>>;
};

/** Formats that are compressed already (an .xlsx is a zip; a PDF's streams are deflated). */
const ALREADY_COMPRESSED = /^application\/(?:pdf|zip|vnd\.openxmlformats)|^image\/(?:png|jpeg|webp)/;

/** Headers that describe one transfer rather than the resource. */
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);

type ReplayCacheOptions = {
  /** The current data version (one read of the database, which all app processes share). */
  readVersion: () => Promise<number>;
  sessionCookie: string;
  maxBytes?: number;
  maxResponseBytes?: number;
};

const lowerCaseIncludes = (values: string[], name: string) => values.some((v) => v.toLowerCase() === name);

/**
 * Public pages and read-API responses made once per data version and replayed, in front of the
 * app, to every visitor without a session until a write moves the version on (in this process or
 * another). A replayed page gets a fresh CSP nonce wherever its first rendering had one, in the
 * body and the headers, so no two responses share a nonce; it is compressed per response since
 * its bytes differ each time. Requests for a response being made wait for it.
 */
export function createReplayCache({ readVersion, sessionCookie, maxBytes = 64 * 1024 * 1024, maxResponseBytes = 8 * 1024 * 1024 }: ReplayCacheOptions) {
  const kept = new LRUCache<string, Kept>({ max: 1000, maxSize: maxBytes, sizeCalculation: (k) => Math.max(1, k.size) });
  const making = new Map<string, Promise<Kept | null>>();
  let newestVersion = 0;

  function keepable(captured: CapturedResponse | null, nonce: string): Kept | null {
    if (captured?.status !== 200 || captured.headers["set-cookie"]) return null;
    const segments: Buffer[] = [];
    const joint = Buffer.from(nonce);
    let from = 0;
    for (let at = captured.body.indexOf(joint); at >= 0; at = captured.body.indexOf(joint, from)) {
      segments.push(captured.body.subarray(from, at));
      from = at + joint.length;
    }
    segments.push(captured.body.subarray(from));
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(captured.headers)) {
      // An entity tag names one body: a page whose nonce changes on each replay has none.
      if (TRANSFER_HEADERS.has(name) || (name === "etag" && segments.length > 1)) continue;
      headers[name] = value;
    }
    const compressible = !ALREADY_COMPRESSED.test(String(captured.headers["content-type"] ?? ""));
    return { headers, segments, nonce, size: captured.body.length, compressible, encoded: new Map() };
  }

  function encodedBody(entry: Kept, nonce: string, accepted: AcceptedEncodings): Promise<Encoded> {
    if (!entry.compressible && entry.segments.length === 1) return Promise.resolve({ bytes: entry.segments[0]!, encoding: "identity" });
    if (entry.segments.length === 1) {
      const key = encodingsKey(accepted);
      let body = entry.encoded.get(key);
      if (!body) {
        body = compress(entry.segments[0]!, accepted, "once");
        entry.encoded.set(key, body);
      }
      return body;
    }
    const joint = Buffer.from(nonce);
    const parts = entry.segments.flatMap((segment, i) => (i === 0 ? [segment] : [joint, segment]));
    return compress(Buffer.concat(parts), accepted, "each");
  }

  async function replay(entry: Kept, req: IncomingMessage, res: ServerResponse, nonce: string) {
    const swap = (value: string) => value.replaceAll(entry.nonce, nonce);
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(entry.headers)) headers[name] = Array.isArray(value) ? value.map(swap) : swap(value);
    const varied = [headers.vary ?? []].flat().flatMap((v) => v.split(",").map((name) => name.trim()));
    headers.vary = [...varied, ...(lowerCaseIncludes(varied, "accept-encoding") ? [] : ["Accept-Encoding"])].join(", ");
    headers["x-replay"] = "hit";
    const etag = headers.etag;
    if (typeof etag === "string" && ifNoneMatchHas(String(req.headers["if-none-match"] ?? ""), etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const { bytes, encoding } = await encodedBody(entry, nonce, acceptedEncodings(req.headers["accept-encoding"]));
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = String(bytes.length);
    res.writeHead(200, headers);
    res.end(bytes);
  }

  /** Answers a request by replay, or lets `send` answer it (and keeps what it sends when it may). */
  return async function serve(req: IncomingMessage, res: ServerResponse, nonce: string, send: () => void): Promise<void> {
    const key = replayKey(req, sessionCookie);
    if (!key) return send();
    const version = await readVersion();
    if (version > newestVersion) {
      // Everything kept shows older data: none of it will be served again.
      newestVersion = version;
      kept.clear();
    }
    // Exports carry the day they were made in their name: a new day makes them anew.
    const versionKey = `${version}\n${new Date().toISOString().slice(0, 10)}\n${key}`;
    const entry = kept.get(versionKey);
    if (entry) return replay(entry, req, res, nonce);
    const pending = making.get(versionKey);
    if (pending !== undefined) {
      const made = await pending;
      return made ? replay(made, req, res, nonce) : send();
    }
    // A conditional request may get a bodiless 304: make the response for everyone without one.
    delete req.headers["if-none-match"];
    const made = captureResponse(res, maxResponseBytes).then((captured) => keepable(captured, nonce));
    making.set(versionKey, made);
    send();
    const result = await made;
    making.delete(versionKey);
    // A request that read an older version than the newest seen was made for itself only.
    if (result && version === newestVersion) kept.set(versionKey, result);
  };
}
