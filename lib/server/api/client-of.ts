import { CLIENT_ADDRESS_HEADER, clientKey } from "../../http/client-address";

/**
 * The rate-limit key of the client a request came from: the address our server took from the
 * connection (scripts/serve.ts), never a header the client could set itself.
 */
export const clientOf = (request: Request) => clientKey(request.headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown");
