/**
 * Runs queued jobs one per macrotask, in the order queued, so that several expensive updates
 * (each chart's re-render and commit after a weight change) never add up to one long task:
 * the browser may paint and answer input between any two of them.
 */
export type JobQueue = {
  /** Queues a job; the returned function takes it out again if it has not run yet. */
  enqueue(job: () => void): () => void;
};

export function jobQueue(schedule: (next: () => void) => void = (next) => setTimeout(next, 0)): JobQueue {
  const jobs: Array<() => void> = [];
  let scheduled = false;
  const runNext = () => {
    const job = jobs.shift();
    if (jobs.length) schedule(runNext);
    else scheduled = false;
    job?.();
  };
  return {
    enqueue(job) {
      jobs.push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(runNext);
      }
      return () => {
        const at = jobs.indexOf(job);
        if (at >= 0) jobs.splice(at, 1);
      };
    },
  };
}
