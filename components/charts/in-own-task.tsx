"use client";

import { type ComponentType, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { jobQueue } from "@/lib/scheduling/one-job-per-task";
import { useNearScreen } from "@/components/scheduling/use-near-screen";

const heavyUpdates = jobQueue();

function sameProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/**
 * Renders `component` with `props`, but takes new props in a task of its own, after the one
 * that changed them and after any other chart's, and only once it is on screen or near it:
 * Recharts re-renders and lays out a chart synchronously, so the charts updated together after
 * a weight change made one long task that held up the next input. The first render (and the
 * server's) uses the props as given.
 */
export function InOwnTask<P extends object>({ component: Component, props }: { component: ComponentType<P>; props: P }) {
  const { ref, near } = useNearScreen();
  const [shown, setShown] = useState(props);
  const changed = !sameProps(props, shown);
  useEffect(() => {
    if (!changed || !near) return;
    return heavyUpdates.enqueue(() => flushSync(() => setShown(props)));
  }, [changed, near, props]);
  return (
    <div ref={ref} className="in-own-task" data-pending={changed || undefined}>
      <Component {...shown} />
    </div>
  );
}
