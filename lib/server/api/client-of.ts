/** The client a request came from, as the proxy in front reports it (rate limits key on it). */
export const clientOf = (request: Request) => request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
