/**
 * The answers of a paper in progress, kept in localStorage under the exam's id so a reload, a crash
 * or a closed tab loses nothing before the paper is submitted.
 */

/** What the learner has done on an open paper. */
export interface PaperState {
  /** questionId → the chosen option's text. */
  answers: Record<string, string>;
  /** Question ids marked for review. */
  marked: string[];
  /** Index of the question on screen. */
  current: number;
}

const EMPTY: PaperState = { answers: {}, marked: [], current: 0 };

function key(examId: string): string {
  return `factdeck.exam.${examId}`;
}

/** The saved state of a paper, or an empty one (also when storage is unavailable or holds junk). */
export function loadPaperState(examId: string): PaperState {
  try {
    const raw = window.localStorage.getItem(key(examId));
    if (!raw) return EMPTY;
    const data = JSON.parse(raw) as Partial<PaperState>;
    const answers: Record<string, string> = {};
    if (data.answers && typeof data.answers === "object") {
      for (const [id, choice] of Object.entries(data.answers)) if (typeof choice === "string") answers[id] = choice;
    }
    return {
      answers,
      marked: Array.isArray(data.marked) ? data.marked.filter((m): m is string => typeof m === "string") : [],
      current: typeof data.current === "number" && Number.isInteger(data.current) && data.current >= 0 ? data.current : 0,
    };
  } catch {
    return EMPTY;
  }
}

/** Saves a paper's state; a full or blocked storage is ignored (the paper still works, unsaved). */
export function savePaperState(examId: string, state: PaperState): void {
  try {
    window.localStorage.setItem(key(examId), JSON.stringify(state));
  } catch {
    // Private mode or quota: nothing to do but go on.
  }
}

/** Forgets a paper's state once the server holds its answers. */
export function clearPaperState(examId: string): void {
  try {
    window.localStorage.removeItem(key(examId));
  } catch {
    // As above.
  }
}
