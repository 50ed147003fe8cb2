/** Whether a change to the view adds an entry to the browser's history or replaces the current one. */
type HistoryMode = "push" | "replace";

/**
 * A discrete change (a preset, the method, a column) gets an entry of its own, and so does the
 * first change of a run of changes to one control (a slider dragged or stepped, the filter typed
 * into); the rest of the run replace that entry. So Back undoes the run as a whole and lands on
 * what was on screen before it, never on the entry before the last discrete change.
 *
 * `run` names the control a continuous change comes from (null: a discrete change); `last` the
 * run of the change before it (null after a discrete change, a Back or Forward, or on a new page).
 */
export function historyMode(run: string | null, last: string | null): HistoryMode {
  return run !== null && run === last ? "replace" : "push";
}
