"use client";

/** The write headers of this session: its CSRF token (from GET /api/session), which a cross-site form cannot send. */
export async function csrfHeaders(): Promise<Record<string, string>> {
  const { csrf } = await (await fetch("/api/session")).json();
  return { "x-csrf-token": csrf ?? "" };
}

/** Sends a JSON write with the session's CSRF token; returns the status and parsed body. */
export async function sendWithCsrf(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown) {
  const response = await fetch(url, { method, headers: { "content-type": "application/json", ...(await csrfHeaders()) }, body: JSON.stringify(body) });
  return { response, body: await response.json() };
}
