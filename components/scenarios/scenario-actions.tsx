"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";

const post = (url: string, body: unknown) => sendWithCsrf(url, "POST", body);

const describe = (body: { error: string; issues?: Array<{ path: string; message: string }> }) =>
  body.issues?.length ? body.issues.map((i) => `${i.path}: ${i.message}`).join("; ") : body.error;

/** Copy a scenario or preset as your own. */
export function DuplicateScenario({ slug, title }: { slug: string; title: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        aria-label={`Duplicate ${title}`}
        onClick={async () => {
          const { response, body } = await post(`/api/scenarios/${slug}/duplicate`, {});
          setMessage(response.ok ? `Saved as “${body.title}”.` : describe(body));
          if (response.ok) router.refresh();
        }}
      >
        Duplicate
      </button>
      {message && <span role="status"> {message}</span>}
    </>
  );
}

type SaveProps = {
  criterionWeights: Record<string, number>;
  categoryWeights: Record<string, number>;
  settings: { method: "wsm" | "topsis"; missing: "worst" | "mean" | "best"; frameworks: string[] };
};

/** Save the view on screen (weights and settings) as a named scenario. */
export function SaveScenario(props: SaveProps) {
  const [title, setTitle] = useState("");
  const [rationale, setRationale] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  return (
    <details className="save-scenario">
      <summary>Save this view as a scenario</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const { response, body } = await post("/api/scenarios", { title, rationale, ...props });
          setMessage(response.ok ? `Saved as “${body.title}”: see Scenarios.` : response.status === 401 ? "Sign in as an editor to save scenarios." : describe(body));
        }}
      >
        <div className="field">
          <label htmlFor="scenario-title">Title</label>
          <input id="scenario-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="scenario-rationale">What it weighs, and why</label>
          <input id="scenario-rationale" type="text" value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </div>
        <button type="submit">Save scenario</button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}
