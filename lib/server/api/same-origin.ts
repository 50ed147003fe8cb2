/**
 * Why a state-changing request may not be from this site, or null when it is. Browsers send
 * Origin on every POST, PUT, PATCH and DELETE, so a missing or foreign one is a forged request
 * (login CSRF included). APP_ORIGIN (comma-separated, e.g. https://gulf.example.org) names the
 * public origins where a proxy in front changes the Host; otherwise the Origin's host must be
 * the request's own.
 */
export function crossOriginProblem(request: Request, env: NodeJS.ProcessEnv = process.env): string | null {
  const origin = request.headers.get("origin");
  if (!origin) return "a change must come from this site: send an Origin header";
  const configured = (env.APP_ORIGIN ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/$/, ""))
    .filter(Boolean);
  if (configured.length) return configured.includes(origin) ? null : `a change must come from this site, not from ${origin}`;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return `a change must come from this site, not from ${origin}`;
  }
  const own = request.headers.get("host") ?? new URL(request.url).host;
  return host === own ? null : `a change must come from this site, not from ${origin}`;
}
