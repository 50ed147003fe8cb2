import { BlockList, isIP } from "node:net";

/**
 * The header our own server (scripts/serve.ts) sets on every request to the address it decided
 * the client has, overwriting whatever the client sent. Rate limits key on it.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
const normalise = (address: string) => {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
};

/**
 * The proxies whose X-Forwarded-For we believe, from a comma-separated list of addresses and
 * CIDR ranges (TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8, ::1"). Entries that are neither are
 * reported, so a typo does not silently trust nothing.
 */
export function parseTrustedProxies(spec: string | undefined): { list: BlockList; invalid: string[] } {
  const list = new BlockList();
  const invalid: string[] = [];
  for (const entry of (spec ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (family === 0) {
      invalid.push(entry);
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)) list.addSubnet(address, Number(bits), type);
    else invalid.push(entry);
  }
  return { list, invalid };
}

const isTrusted = (address: string, trusted: BlockList) => {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
};

/**
 * The client's address: the connection's peer, unless the peer is a trusted proxy, in which case
 * X-Forwarded-For is read from the right (the entries nearest us were written by our proxies)
 * and the first address not itself a trusted proxy is the client. Entries further left were
 * written by the client and are never believed.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let client = normalise(peer ?? "");
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalise).filter(Boolean);
  while (isTrusted(client, trusted) && hops.length) {
    const next = hops.pop()!;
    if (isIP(next) === 0) break;
    client = next;
  }
  return client;
}

/**
 * The rate-limit key of an address: an IPv6 client holds a whole /64 as easily as one address,
 * so its addresses share the /64's key.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  // Expand "::" so the first four groups are the /64 prefix.
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = address.includes("::") ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
