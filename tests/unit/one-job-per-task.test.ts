import { describe, expect, it } from "vitest";
import { jobQueue } from "@/lib/scheduling/one-job-per-task";

/** A hand-driven task loop: each scheduled callback is one task, run by `runTask`. */
function taskLoop() {
  const tasks: Array<() => void> = [];
  return {
    schedule: (next: () => void) => void tasks.push(next),
    runTask: () => tasks.shift()?.(),
    get pending() {
      return tasks.length;
    },
  };
}

describe("jobQueue", () => {
  it("runs one job per task, in the order queued", () => {
    const loop = taskLoop();
    const queue = jobQueue(loop.schedule);
    const ran: string[] = [];
    queue.enqueue(() => ran.push("a"));
    queue.enqueue(() => ran.push("b"));
    queue.enqueue(() => ran.push("c"));
    expect(loop.pending).toBe(1);
    loop.runTask();
    expect(ran).toEqual(["a"]);
    loop.runTask();
    expect(ran).toEqual(["a", "b"]);
    loop.runTask();
    expect(ran).toEqual(["a", "b", "c"]);
    expect(loop.pending).toBe(0);
  });

  it("skips a job taken out before its turn, and starts again after running dry", () => {
    const loop = taskLoop();
    const queue = jobQueue(loop.schedule);
    const ran: string[] = [];
    queue.enqueue(() => ran.push("a"));
    const cancel = queue.enqueue(() => ran.push("b"));
    cancel();
    loop.runTask();
    loop.runTask();
    expect(ran).toEqual(["a"]);
    queue.enqueue(() => ran.push("c"));
    expect(loop.pending).toBe(1);
    loop.runTask();
    expect(ran).toEqual(["a", "c"]);
  });

  it("keeps going when a job queues another", () => {
    const loop = taskLoop();
    const queue = jobQueue(loop.schedule);
    const ran: string[] = [];
    queue.enqueue(() => {
      ran.push("a");
      queue.enqueue(() => ran.push("a2"));
    });
    queue.enqueue(() => ran.push("b"));
    while (loop.pending) loop.runTask();
    expect(ran).toEqual(["a", "b", "a2"]);
  });
});
