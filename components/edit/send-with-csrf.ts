"use client";

/** Sends a JSON write with the session's CSRF token (from GET /api/session); returns the status and parsed body. */
export async function sendWithCsrf(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown) {
  const { csrf } = await (await fetch("/api/session")).json();
  const response = await fetch(url, { method, headers: { "content-type": "application/json", "x-csrf-token": csrf ?? "" }, body: JSON.stringify(body) });
  return { response, body: await response.json() };
}
