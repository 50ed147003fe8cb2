"use client";

import { useEffect, useRef, useState } from "react";

/** How far off screen an element still counts as near: it is ready by the time a scroll brings it in. */
const NEAR = "300px 0px";

type Listener = (near: boolean) => void;
let observer: IntersectionObserver | null = null;
const listeners = new Map<Element, Listener>();

/** One observer for every element: a hundred sliders each with their own would each cost a callback per scroll. */
function observe(element: Element, listener: Listener): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR },
  );
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

/** Whether the element is on screen or near it; true until the browser says otherwise (and on the server). */
export function useNearScreen<E extends Element = HTMLDivElement>() {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    return observe(element, setNear);
  }, []);
  return { ref, near };
}

/**
 * The value while `near`; away from the screen, the value it had when it left, so that what
 * nobody can see is not re-rendered on every change. It catches up as it comes near.
 */
export function useHeldWhileAway<T>(value: T, near: boolean): T {
  const [held, setHeld] = useState(value);
  // Derived state, set during render (React's pattern for it): no effect, no extra commit.
  if (near && !Object.is(held, value)) setHeld(value);
  return near ? value : held;
}
