"use client";

import { useEffect, useState } from "react";
import { assessmentResponseSchema, type AssessmentRecord } from "@/lib/domain/api";

type RecordState = { status: "loading" } | { status: "loaded"; record: AssessmentRecord } | { status: "missing" } | { status: "failed" };

/**
 * A framework's assessment on a criterion, fetched from the read API when a cell's evidence
 * opens (the page carries only the values). The browser revalidates it by its ETag, so opening
 * a cell again costs a 304. `null` slugs fetch nothing.
 */
export function useAssessmentRecord(framework: string | null, criterion: string | null): RecordState {
  const [state, setState] = useState<RecordState & { key?: string }>({ status: "loading" });
  const key = framework && criterion ? `${framework}/${criterion}` : null;
  useEffect(() => {
    if (!key) return;
    const aborted = new AbortController();
    setState({ status: "loading", key });
    fetch(`/api/frameworks/${encodeURIComponent(framework!)}/assessments/${encodeURIComponent(criterion!)}`, { signal: aborted.signal })
      .then(async (response) => {
        if (response.status === 404) return setState({ status: "missing", key });
        const parsed = assessmentResponseSchema.safeParse(response.ok ? await response.json() : null);
        setState(parsed.success ? { status: "loaded", record: parsed.data, key } : { status: "failed", key });
      })
      .catch(() => {
        if (!aborted.signal.aborted) setState({ status: "failed", key });
      });
    return () => aborted.abort();
  }, [key, framework, criterion]);
  // Until the effect has asked for this cell, what is held is another cell's.
  return state.key === key ? state : { status: "loading" };
}
