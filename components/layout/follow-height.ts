/**
 * Keeps the root's CSS variable `name` at the element's height as it changes (a wrapped line, an
 * opened list), for the sticky bars and the scroll padding that must clear it. Returns the
 * function that stops following and removes the variable, so the stylesheet's fallback stands.
 */
export function followHeight(element: HTMLElement, name: string): () => void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => root.style.setProperty(name, `${element.offsetHeight}px`));
  observer.observe(element);
  return () => {
    observer.disconnect();
    root.style.removeProperty(name);
  };
}
