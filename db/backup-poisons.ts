import type { Backup } from "./backup";

/**
 * Poisoned backups (issue 10): each passes the schema but, imported, would leave an account whose
 * later calls fail (ts-fsrs `Invalid delta_t`, a progress page or CSV export that throws, an undo
 * that throws for ever or undoes the wrong review). Each mutates a backup of the fixture in
 * `db/backup-sense.test.ts` (cards: s-mcq, s-recall, s-tf; three reviews, the last the latest) and
 * names the message the refusal must carry. Used by that test and by `npm run bench -- --reliability`.
 */
export type BackupPoison = [name: string, poison: (b: Backup) => void, message: RegExp];

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const latest = (b: Backup) => b.reviews[b.reviews.length - 1]!;

/** The poisons, for an import at `now`. */
export function backupPoisons(now: Date): BackupPoison[] {
  const plus = (ms: number) => new Date(now.getTime() + ms).toISOString();
  return [
    [
      "a card whose lastReview is in the future (ts-fsrs: Invalid delta_t)",
      (b) => {
        b.cards[0]!.lastReview = plus(DAY);
      },
      new RegExp(`cards\\[0\\] \\(question "s-mcq"\\): lastReview ${esc(plus(DAY))} is in the future`),
    ],
    [
      "a review card with stability 0 (progress 500)",
      (b) => {
        Object.assign(b.cards[1]!, { state: "review", stability: 0 });
      },
      /cards\[1\] \(question "s-recall"\): stability 0 is outside FSRS' range/,
    ],
    [
      "a due beyond the Date range (CSV export 500)",
      (b) => {
        b.reviews[1]!.after.due = 9e15;
      },
      /reviews\[1\] \(id "00000000-0000-4000-8000-000000000002"\): after: due 9000000000000000 is outside the dates a schedule can name/,
    ],
    [
      "such a review as the latest (undo 500 for ever)",
      (b) => {
        latest(b).before = { ...latest(b).before!, due: 9e15, stability: 0 };
      },
      /reviews\[2\] \(id "00000000-0000-4000-8000-000000000003"\): before: due/,
    ],
    [
      "a review dated 10 minutes ahead (undone instead of the real last one)",
      (b) => {
        latest(b).reviewedAt = plus(10 * MIN);
      },
      new RegExp(`reviews\\[2\\] .*reviewedAt ${esc(plus(10 * MIN))} is in the future`),
    ],
    [
      "a card state that disagrees with its fields (new, with reps)",
      (b) => {
        Object.assign(b.cards[0]!, { state: "new", reps: 3 });
      },
      /cards\[0\] .*a new card with 3 reps/,
    ],
    [
      "a studied card without a last review",
      (b) => {
        b.cards[1]!.lastReview = null;
      },
      /cards\[1\] \(question "s-recall"\): a \w+ card without a last review/,
    ],
    [
      "difficulty out of FSRS' range",
      (b) => {
        b.reviews[0]!.after.difficulty = 11;
      },
      /reviews\[0\] .*after: difficulty 11 is outside/,
    ],
    [
      "more lapses than reps",
      (b) => {
        b.cards[1]!.lapses = 9;
      },
      /cards\[1\] .*9 lapses but only/,
    ],
    [
      "an undo before its review",
      (b) => {
        b.reviews[0]!.undoneAt = "2020-01-01T00:00:00.000Z";
      },
      /reviews\[0\] .*undoneAt 2020-01-01T00:00:00.000Z is before reviewedAt/,
    ],
    [
      "FSRS weights out of range",
      (b) => {
        b.user.settings.weights = Array.from({ length: 21 }, () => 1e6);
      },
      /settings: FSRS weight w\[0\] = 1000000 is outside/,
    ],
    [
      "a backup exported in the future",
      (b) => {
        b.exportedAt = plus(60 * MIN);
      },
      /the backup: exportedAt .* is in the future/,
    ],
    [
      "an edit dated in the future (it would win every later import)",
      (b) => {
        b.edits = [{ questionId: "s-mcq", prompt: "Edited?", answer: null, choices: null, droppedAt: null, updatedAt: plus(DAY) }];
      },
      new RegExp(`edits\\[0\\] \\(question "s-mcq"\\): updatedAt ${esc(plus(DAY))} is in the future`),
    ],
    [
      "an edit whose answer is not among its choices (an mcq no answer can be right in)",
      (b) => {
        b.edits = [{ questionId: "s-mcq", prompt: null, answer: "Nowhere", choices: ["A", "B", "C", "D"], droppedAt: null, updatedAt: now.toISOString() }];
      },
      /edits\[0\] .*the answer "Nowhere" is not among the choices/,
    ],
    [
      "a flag dated in the future",
      (b) => {
        b.flags = [{ questionId: "s-tf", reason: "wrong", createdAt: plus(DAY) }];
      },
      /flags\[0\] \(question "s-tf"\): createdAt .* is in the future/,
    ],
  ];
}
